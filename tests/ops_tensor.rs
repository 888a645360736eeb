//! The graph-free tensor ops (`wgtrain::ops::tensor`) against f64 loops on awkward shapes:
//! each wraps one kernel that `wgtrain check` covers in depth; these make sure the wrapper
//! passes its operands in the right order and shape.

mod common;
use wgtrain::autograd::gradcheck::test_data;
use wgtrain::ops::tensor::RngKey;
use wgtrain::Tensor;

const U: f64 = 1.0 / 16_777_216.0;

fn host(seed: u64, n: usize) -> Vec<f32> {
    test_data(seed, n, -2.0, 2.0)
        .into_iter()
        .map(|v| v as f32)
        .collect()
}

fn tensor(seed: u64, shape: &[usize]) -> (Tensor, Vec<f64>) {
    let data = host(seed, shape.iter().product());
    let t = Tensor::from_f32(common::gpu(), &data, shape).unwrap();
    (t, data.iter().map(|&v| v as f64).collect())
}

/// Every element within `bound · scale_i` of the reference.
fn close(got: &Tensor, want: &[f64], scale: &[f64], bound: f64, what: &str) {
    let got = got.to_f32().unwrap();
    assert_eq!(got.len(), want.len(), "{what}: length");
    for (i, ((g, w), s)) in got.iter().zip(want).zip(scale).enumerate() {
        let e = (*g as f64 - w).abs();
        assert!(
            e <= bound * s.max(1e-30),
            "{what}[{i}]: {g} vs {w} (error {e}, allowed {})",
            bound * s
        );
    }
}

#[test]
fn arithmetic_matches_f64_loops() {
    for (k, &(m, kk, n)) in [(1, 1, 1), (3, 7, 5), (17, 33, 9)].iter().enumerate() {
        let s = 10 * k as u64;
        let (a, ha) = tensor(s, &[m, kk]);
        let (b, hb) = tensor(s + 1, &[kk, n]);
        let (mut want, mut scale) = (vec![0.0; m * n], vec![0.0; m * n]);
        for i in 0..m {
            for j in 0..n {
                for p in 0..kk {
                    want[i * n + j] += ha[i * kk + p] * hb[p * n + j];
                    scale[i * n + j] += (ha[i * kk + p] * hb[p * n + j]).abs();
                }
            }
        }
        // a k-term dot product: k roundings (FMA or not)
        close(
            &a.matmul(&b).unwrap(),
            &want,
            &scale,
            kk as f64 * U,
            "matmul",
        );

        let (c, hc) = tensor(s + 2, &[m, kk]);
        let abs: Vec<f64> = ha.iter().zip(&hc).map(|(x, y)| x.abs() + y.abs()).collect();
        let sum: Vec<f64> = ha.iter().zip(&hc).map(|(x, y)| x + y).collect();
        let diff: Vec<f64> = ha.iter().zip(&hc).map(|(x, y)| x - y).collect();
        let prod: Vec<f64> = ha.iter().zip(&hc).map(|(x, y)| x * y).collect();
        close(&a.add(&c).unwrap(), &sum, &abs, U, "add");
        close(&a.sub(&c).unwrap(), &diff, &abs, U, "sub");
        let prod_abs: Vec<f64> = prod.iter().map(|v| v.abs()).collect();
        close(&a.mul(&c).unwrap(), &prod, &prod_abs, U, "mul");
        let scaled: Vec<f64> = ha.iter().map(|v| v * 0.75).collect();
        let scaled_abs: Vec<f64> = scaled.iter().map(|v| v.abs()).collect();
        close(
            &a.mul_scalar(0.75).unwrap(),
            &scaled,
            &scaled_abs,
            U,
            "mul_scalar",
        );

        let relu: Vec<f64> = ha.iter().map(|v| v.max(0.0)).collect();
        close(
            &a.relu().unwrap(),
            &relu,
            &vec![1.0; relu.len()],
            0.0,
            "relu",
        );
        // transcendental maps: a few ulps of their result (Vulkan's allowance), relative
        for (name, got, f) in [
            (
                "sigmoid",
                a.sigmoid().unwrap(),
                (|x: f64| 1.0 / (1.0 + (-x).exp())) as fn(f64) -> f64,
            ),
            ("tanh", a.tanh().unwrap(), f64::tanh),
            ("exp", a.exp().unwrap(), f64::exp),
        ] {
            let want: Vec<f64> = ha.iter().map(|&x| f(x)).collect();
            let scale: Vec<f64> = want.iter().map(|v| v.abs().max(1e-3)).collect();
            close(&got, &want, &scale, 16.0 * U, name);
        }

        let mut soft = vec![0.0; m * kk];
        for (row, out) in ha.chunks(kk).zip(soft.chunks_mut(kk)) {
            let mx = row.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
            let z: f64 = row.iter().map(|v| (v - mx).exp()).sum();
            for (o, v) in out.iter_mut().zip(row) {
                *o = (v - mx).exp() / z;
            }
        }
        close(
            &a.softmax().unwrap(),
            &soft,
            &vec![1.0; soft.len()],
            (kk as f64 + 16.0) * U,
            "softmax",
        );

        let total: f64 = ha.iter().sum();
        let total_abs: f64 = ha.iter().map(|v| v.abs()).sum();
        let count = (m * kk) as f64;
        close(&a.sum().unwrap(), &[total], &[total_abs], count * U, "sum");
        close(
            &a.mean().unwrap(),
            &[total / count],
            &[total_abs / count],
            (count + 1.0) * U,
            "mean",
        );
    }
}

#[test]
fn constants_draws_and_lookups() {
    let gpu = common::gpu();
    assert_eq!(
        Tensor::full(gpu, &[3, 2], 2.5).unwrap().to_f32().unwrap(),
        [2.5; 6]
    );
    let key = RngKey {
        seed: 7,
        stream: 3,
        offset: 0,
    };
    // the device draws what the host computes from the same key
    let dev = Tensor::normal(gpu, &[101], key, 0.0, 1.0).unwrap();
    let host = key.normal_on_host(101, 0.0, 1.0);
    close(
        &dev,
        &host,
        &vec![1.0; 101],
        64.0 * U,
        "normal vs normal_on_host",
    );
    let u = Tensor::uniform(gpu, &[257], key, -1.0, 3.0)
        .unwrap()
        .to_f32()
        .unwrap();
    assert!(u.iter().all(|v| (-1.0..3.0).contains(v)));

    // codebook: the nearest row of each query, and gathering it back gives the code itself
    let codes = [0.0f32, 0.0, 1.0, 1.0, -1.0, 2.0];
    let book = Tensor::from_f32(gpu, &codes, &[3, 2]).unwrap();
    let q = Tensor::from_f32(gpu, &[0.9, 1.2, -0.8, 1.7, 0.1, -0.1], &[3, 2]).unwrap();
    let idx = q.nearest_code(&book).unwrap();
    assert_eq!(idx.to_u32().unwrap(), [1, 2, 0]);
    assert_eq!(
        book.gather_rows(&idx).unwrap().to_f32().unwrap(),
        [1.0, 1.0, -1.0, 2.0, 0.0, 0.0]
    );

    // expand: [2, 3] repeated 4 times along a middle axis
    let x = Tensor::from_f32(gpu, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0], &[2, 3]).unwrap();
    let e = x
        .expand_axis(2, 4, 3, &[2, 4, 3])
        .unwrap()
        .to_f32()
        .unwrap();
    for o in 0..2 {
        for j in 0..4 {
            for i in 0..3 {
                assert_eq!(e[(o * 4 + j) * 3 + i], (o * 3 + i + 1) as f32);
            }
        }
    }

    // windows: two tokens so far, window 3, padded with 9; then a full window
    let tokens = Tensor::from_u32(gpu, &[5, 6, 7, 8, 1, 2, 3, 4], &[2, 4]).unwrap();
    let w = tokens.context_window(2, 3, 9).unwrap().to_u32().unwrap();
    assert_eq!(w, [5, 6, 9, 1, 2, 9]);
    let w = tokens.context_window(4, 3, 9).unwrap().to_u32().unwrap();
    assert_eq!(w, [6, 7, 8, 2, 3, 4]);

    // a draw from one-hot logits at a tiny temperature is that class, written at `pos`
    let logits = Tensor::from_f32(gpu, &[0.0, 50.0, 0.0, 50.0, 0.0, 0.0], &[2, 3]).unwrap();
    logits.sample_logits_into(0.01, key, &tokens, 1).unwrap();
    assert_eq!(tokens.to_u32().unwrap(), [5, 1, 7, 8, 1, 0, 3, 4]);
}
