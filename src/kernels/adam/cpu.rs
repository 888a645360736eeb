//! Reference twin in f64.

use super::AdamHyper;

/// PyTorch's single-tensor Adam (or, `h.decoupled`, AdamW) step, in f64.
pub fn adam_step(p: &mut [f64], g: &[f64], m: &mut [f64], v: &mut [f64], h: AdamHyper, t: u64) {
    let bc1 = 1.0 - h.beta1.powi(t as i32);
    let bc2 = 1.0 - h.beta2.powi(t as i32);
    for i in 0..p.len() {
        let g = if h.decoupled {
            p[i] *= 1.0 - h.lr * h.weight_decay;
            g[i]
        } else {
            g[i] + h.weight_decay * p[i]
        };
        m[i] += (1.0 - h.beta1) * (g - m[i]);
        v[i] = h.beta2 * v[i] + (1.0 - h.beta2) * g * g;
        let denom = v[i].sqrt() / bc2.sqrt() + h.eps;
        p[i] -= h.lr / bc1 * m[i] / denom;
    }
}
