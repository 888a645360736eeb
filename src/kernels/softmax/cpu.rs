//! Reference twin in f64.

/// Twin of [`super::softmax_rows`] over rows of `n`.
pub fn softmax_rows(x: &[f64], n: usize, log: bool) -> Vec<f64> {
    let mut out = Vec::with_capacity(x.len());
    for row in x.chunks(n) {
        let m = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
        let s: f64 = row.iter().map(|v| (v - m).exp()).sum();
        for v in row {
            out.push(if log {
                v - m - s.ln()
            } else {
                (v - m).exp() / s
            });
        }
    }
    out
}
