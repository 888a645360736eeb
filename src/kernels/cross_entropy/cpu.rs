//! Reference twins in f64.

fn valid(t: i32, classes: usize, ignore: i32) -> bool {
    t != ignore && t >= 0 && (t as usize) < classes
}

/// Twin of [`super::nll_gather`]: `-logp[r, t_r]`, 0 where `t_r` is ignored or out of range.
pub fn nll_gather(logp: &[f64], targets: &[i32], classes: usize, ignore: i32) -> Vec<f64> {
    targets
        .iter()
        .enumerate()
        .map(|(r, &t)| {
            if valid(t, classes, ignore) {
                -logp[r * classes + t as usize]
            } else {
                0.0
            }
        })
        .collect()
}

/// Twin of [`super::nll_scatter`]: `[rows, classes]`, `-g[r]` at each valid target, else 0.
pub fn nll_scatter(g: &[f64], targets: &[i32], classes: usize, ignore: i32) -> Vec<f64> {
    let mut out = vec![0.0; g.len() * classes];
    for (r, &t) in targets.iter().enumerate() {
        if valid(t, classes, ignore) {
            out[r * classes + t as usize] = -g[r];
        }
    }
    out
}

/// Twin of [`super::count_valid`]: targets in `0..classes` that are not `ignore`.
pub fn count_valid(targets: &[i32], classes: usize, ignore: i32) -> f64 {
    targets
        .iter()
        .filter(|&&t| valid(t, classes, ignore))
        .count() as f64
}

/// Mean cross-entropy over the rows whose target is not ignored.
pub fn cross_entropy(logits: &[f64], targets: &[i32], classes: usize, ignore: i32) -> f64 {
    let logp = crate::kernels::softmax::cpu::softmax_rows(logits, classes, true);
    let nll: f64 = nll_gather(&logp, targets, classes, ignore).iter().sum();
    nll / count_valid(targets, classes, ignore)
}
