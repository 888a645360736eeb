//! Reference twin in f64.

/// The same update in f64; returns the perplexity.
#[allow(clippy::too_many_arguments)]
pub fn ema_update(
    x: &[f64],
    idx: &[u32],
    cluster: &mut [f64],
    ema_w: &mut [f64],
    codebook: &mut [f64],
    d: usize,
    decay: f64,
    eps: f64,
) -> f64 {
    let k = cluster.len();
    let n = idx.len();
    let mut counts = vec![0.0; k];
    let mut dw = vec![0.0; k * d];
    for (r, &c) in idx.iter().enumerate() {
        counts[c as usize] += 1.0;
        for j in 0..d {
            dw[c as usize * d + j] += x[r * d + j];
        }
    }
    for (c, cnt) in cluster.iter_mut().zip(&counts) {
        *c = decay * *c + (1.0 - decay) * cnt;
    }
    let total: f64 = cluster.iter().sum();
    for c in cluster.iter_mut() {
        *c = (*c + eps) / (total + k as f64 * eps) * total;
    }
    for t in 0..k * d {
        ema_w[t] = decay * ema_w[t] + (1.0 - decay) * dw[t];
        codebook[t] = ema_w[t] / cluster[t / d];
    }
    let ent: f64 = counts
        .iter()
        .map(|c| c / n as f64)
        .map(|p| p * (p + 1e-10).ln())
        .sum();
    (-ent).exp()
}
