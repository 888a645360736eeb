//! Reference twins in f64.

/// Twin of the forward in f64: (y, xhat, rstd).
pub fn layer_norm(
    x: &[f64],
    gamma: &[f64],
    beta: &[f64],
    eps: f64,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let d = gamma.len();
    let (mut y, mut xhat, mut rstd) = (vec![], vec![], vec![]);
    for row in x.chunks(d) {
        let mean = row.iter().sum::<f64>() / d as f64;
        let var = row.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / d as f64;
        let rs = 1.0 / (var + eps).sqrt();
        rstd.push(rs);
        for (j, v) in row.iter().enumerate() {
            let h = (v - mean) * rs;
            xhat.push(h);
            y.push(h * gamma[j] + beta[j]);
        }
    }
    (y, xhat, rstd)
}

/// Twin of the input's backward in f64.
pub fn layer_norm_backward_input(
    dy: &[f64],
    gamma: &[f64],
    xhat: &[f64],
    rstd: &[f64],
) -> Vec<f64> {
    let d = gamma.len();
    let mut dx = Vec::with_capacity(dy.len());
    for (r, (g, h)) in dy.chunks(d).zip(xhat.chunks(d)).enumerate() {
        let gg: Vec<f64> = g.iter().zip(gamma).map(|(a, b)| a * b).collect();
        let mg = gg.iter().sum::<f64>() / d as f64;
        let mgx = gg.iter().zip(h).map(|(a, b)| a * b).sum::<f64>() / d as f64;
        dx.extend(gg.iter().zip(h).map(|(a, b)| rstd[r] * (a - mg - b * mgx)));
    }
    dx
}
