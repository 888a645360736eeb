//! Reference twin in f64.

/// Returns (coefficient, total norm) and scales `grads` in place, as torch's clip_grad_norm_.
pub fn clip_grad_norm(grads: &mut [Vec<f64>], max_norm: f64) -> (f64, f64) {
    let norms: Vec<f64> = grads
        .iter()
        .map(|g| g.iter().map(|v| v * v).sum::<f64>().sqrt())
        .collect();
    let total = norms.iter().map(|n| n * n).sum::<f64>().sqrt();
    let coef = (max_norm / (total + 1e-6)).min(1.0);
    for g in grads.iter_mut() {
        for v in g.iter_mut() {
            *v *= coef;
        }
    }
    (coef, total)
}

/// Mixed precision's unscaling: `grads` times `factor`, and whether every result is finite.
pub fn unscale_and_check(grads: &mut [Vec<f64>], factor: f64) -> bool {
    let mut finite = true;
    for g in grads.iter_mut() {
        for v in g.iter_mut() {
            *v *= factor;
            finite &= v.is_finite();
        }
    }
    finite
}
