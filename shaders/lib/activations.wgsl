// Activations shared by several kernel families; each launcher appends this file to its
// shader source (WGSL has no includes).

fn sigmoid(x: f32) -> f32 {
    // Split by sign so exp never overflows.
    if (x >= 0.0) {
        return 1.0 / (1.0 + exp(-x));
    }
    let e = exp(x);
    return e / (1.0 + e);
}

// tanh with full relative precision near 0, where the exp-based formula (and some drivers'
// built-in) only reach absolute precision: odd Taylor series below 0.3 (next term < 1e-9
// relative), (1 - e) / (1 + e) with e = exp(-2|x|) above (1 - e is exact there, by Sterbenz).
fn tanh_precise(x: f32) -> f32 {
    let a = abs(x);
    if (a < 0.3) {
        let x2 = x * x;
        let poly = 1.0 + x2 * (-1.0 / 3.0 + x2 * (2.0 / 15.0 + x2 * (-17.0 / 315.0
            + x2 * (62.0 / 2835.0 + x2 * (-1382.0 / 155925.0 + x2 * (21844.0 / 6081075.0))))));
        return x * poly;
    }
    let e = exp(-2.0 * a);
    return sign(x) * (1.0 - e) / (1.0 + e);
}
