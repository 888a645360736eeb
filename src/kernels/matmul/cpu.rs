//! Reference twin in f64.

/// Reference: `c[b] = op(a[b]) · op(b[b])`, strides 0 for a shared operand.
#[allow(clippy::too_many_arguments)]
pub fn matmul(
    a: &[f64],
    b: &[f64],
    batch: usize,
    m: usize,
    n: usize,
    k: usize,
    trans_a: bool,
    trans_b: bool,
    shared_a: bool,
    shared_b: bool,
) -> Vec<f64> {
    let mut c = vec![0.0; batch * m * n];
    for bt in 0..batch {
        let oa = if shared_a { 0 } else { bt * m * k };
        let ob = if shared_b { 0 } else { bt * k * n };
        for i in 0..m {
            for j in 0..n {
                let mut s = 0.0;
                for kk in 0..k {
                    let x = if trans_a {
                        a[oa + kk * m + i]
                    } else {
                        a[oa + i * k + kk]
                    };
                    let y = if trans_b {
                        b[ob + j * k + kk]
                    } else {
                        b[ob + kk * n + j]
                    };
                    s += x * y;
                }
                c[bt * m * n + i * n + j] = s;
            }
        }
    }
    c
}
