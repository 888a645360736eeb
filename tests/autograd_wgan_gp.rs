//! Higher-order autodiff, proven on the WGAN-GP term: for a small MLP critic D,
//! GP = mean_b (‖∂D(x)/∂x_b‖₂ − 1)², and its gradient with respect to D's parameters and to x
//! (which needs the gradient of a gradient) must match central differences of an f64
//! hand-written evaluation of GP.

mod common;
use wgtrain::autograd::gradcheck::{test_data, SECOND_ORDER};
use wgtrain::autograd::{backward, backward_with_graph, Var};
use wgtrain::Tensor;

const B: usize = 3;
const D_IN: usize = 4;
const H1: usize = 5;
const H2: usize = 3;

/// Parameter shapes: W1 [H1, D_IN], b1 [H1], W2 [H2, H1], b2 [H2], W3 [1, H2], b3 [1], x [B, D_IN].
fn shapes() -> Vec<Vec<usize>> {
    vec![
        vec![H1, D_IN],
        vec![H1],
        vec![H2, H1],
        vec![H2],
        vec![1, H2],
        vec![1],
        vec![B, D_IN],
    ]
}

fn leaky(z: f64) -> f64 {
    if z > 0.0 {
        z
    } else {
        0.2 * z
    }
}
fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// GP in f64, with ∂D/∂x written out by hand. Also returns the smallest |pre-activation| of
/// the leaky ReLU, so the test can make sure differences never straddle its kink.
fn gp_cpu(p: &[Vec<f64>]) -> (f64, f64) {
    let (w1, b1, w2, b2, w3, x) = (&p[0], &p[1], &p[2], &p[3], &p[4], &p[6]);
    let mut gp = 0.0;
    let mut min_kink = f64::INFINITY;
    for b in 0..B {
        let xb = &x[b * D_IN..(b + 1) * D_IN];
        let z1: Vec<f64> = (0..H1)
            .map(|i| b1[i] + (0..D_IN).map(|j| w1[i * D_IN + j] * xb[j]).sum::<f64>())
            .collect();
        min_kink = z1.iter().fold(min_kink, |m, z| m.min(z.abs()));
        let h1: Vec<f64> = z1.iter().map(|&z| leaky(z)).collect();
        let z2: Vec<f64> = (0..H2)
            .map(|i| b2[i] + (0..H1).map(|j| w2[i * H1 + j] * h1[j]).sum::<f64>())
            .collect();
        // dD/dz2 = W3 ⊙ σ'(z2); dD/dh1 = W2ᵀ ·; dD/dz1 = · ⊙ leaky'(z1); dD/dx = W1ᵀ ·
        let dz2: Vec<f64> = (0..H2)
            .map(|i| w3[i] * sigmoid(z2[i]) * (1.0 - sigmoid(z2[i])))
            .collect();
        let dz1: Vec<f64> = (0..H1)
            .map(|j| {
                (0..H2).map(|i| w2[i * H1 + j] * dz2[i]).sum::<f64>()
                    * if z1[j] > 0.0 { 1.0 } else { 0.2 }
            })
            .collect();
        let dx: Vec<f64> = (0..D_IN)
            .map(|k| (0..H1).map(|j| w1[j * D_IN + k] * dz1[j]).sum())
            .collect();
        let norm = dx.iter().map(|v| v * v).sum::<f64>().sqrt();
        gp += (norm - 1.0).powi(2);
    }
    (gp / B as f64, min_kink)
}

#[test]
fn wgan_gp_gradient_matches_finite_differences() {
    let gpu = common::gpu();
    // Weights large enough that ‖∂D/∂x‖ is far from 1 and the penalty has a real gradient.
    let values: Vec<Vec<f64>> = shapes()
        .iter()
        .enumerate()
        .map(|(i, s)| test_data(40 + i as u64, s.iter().product(), -1.5, 1.5))
        .collect();
    let (gp_ref, min_kink) = gp_cpu(&values);
    assert!(
        min_kink > 1e-3,
        "test data sits on the leaky ReLU's kink ({min_kink}); pick other seeds"
    );

    let vars: Vec<Var> = values
        .iter()
        .zip(shapes())
        .map(|(v, s)| {
            Var::param(
                Tensor::from_f32(gpu, &v.iter().map(|&x| x as f32).collect::<Vec<_>>(), &s)
                    .unwrap(),
            )
        })
        .collect();
    let (w1, b1, w2, b2, w3, b3, x) = (
        &vars[0], &vars[1], &vars[2], &vars[3], &vars[4], &vars[5], &vars[6],
    );
    let d = x
        .linear(w1, Some(b1))
        .and_then(|h| h.leaky_relu(0.2))
        .and_then(|h| h.linear(w2, Some(b2)))
        .and_then(|h| h.sigmoid())
        .and_then(|h| h.linear(w3, Some(b3)))
        .unwrap();
    // ∂(Σ_b D(x_b))/∂x gives each sample's input gradient; keep its graph.
    let dx = backward_with_graph(&d.sum().unwrap(), &[x])
        .unwrap()
        .remove(0)
        .expect("D depends on x");
    assert!(dx.requires_grad(), "the input gradient must carry a graph");
    let gp = dx
        .norm_axis(1)
        .unwrap()
        .add_scalar(-1.0)
        .unwrap()
        .square()
        .unwrap()
        .mean()
        .unwrap();
    let gp_gpu = gp.value().scalar().unwrap() as f64;
    assert!(
        (gp_gpu - gp_ref).abs() <= 1e-5 * (1.0 + gp_ref),
        "GP value {gp_gpu} vs {gp_ref}"
    );

    let refs: Vec<&Var> = vars.iter().collect();
    let grads = backward(&gp, &refs).unwrap();

    let h = 1e-6;
    let names = ["W1", "b1", "W2", "b2", "W3", "b3", "x"];
    let mut failures = vec![];
    let mut nonzero = 0;
    for (i, g) in grads.iter().enumerate() {
        let analytic = match g {
            Some(g) => g.value().to_f32().unwrap(),
            None => vec![0.0; values[i].len()],
        };
        for j in 0..values[i].len() {
            let mut p = values.clone();
            p[i][j] += h;
            let up = gp_cpu(&p).0;
            p[i][j] -= 2.0 * h;
            let down = gp_cpu(&p).0;
            let numeric = (up - down) / (2.0 * h);
            if numeric.abs() > 1e-3 {
                nonzero += 1;
            }
            let err = (analytic[j] as f64 - numeric).abs();
            if err > SECOND_ORDER.atol + SECOND_ORDER.rtol * numeric.abs() {
                failures.push(format!(
                    "d GP / d {}[{j}]: analytic {} vs numeric {numeric}",
                    names[i], analytic[j]
                ));
            }
        }
    }
    // b3 shifts D by a constant, so it cannot change ∂D/∂x: its gradient must be zero.
    assert!(grads[5].as_ref().is_none_or(|g| g
        .value()
        .to_f32()
        .unwrap()
        .iter()
        .all(|v| *v == 0.0)));
    assert!(
        nonzero > 20,
        "the penalty's gradient is mostly zero: the test would prove little"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
