//! Reference twin in f64.

/// Twin of [`super::embedding_backward`]: per-row sums in increasing position.
pub fn embedding_backward(grad: &[f64], idx: &[u32], k: usize, d: usize) -> Vec<f64> {
    let mut out = vec![0.0; k * d];
    for (n, &i) in idx.iter().enumerate() {
        let i = i as usize;
        if i < k {
            for j in 0..d {
                out[i * d + j] += grad[n * d + j];
            }
        }
    }
    out
}
