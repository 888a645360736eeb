//! The nn layer: Module names and state_dicts, strict and lenient loading, train/eval, path-
//! derived initialisation, the recurrent and attention layers against their f64 twins, and
//! the functional losses against theirs (values, first and second derivatives).

mod common;
use wgtrain::autograd::gradcheck::{
    check_first_order, check_second_order, test_data, FIRST_ORDER, SECOND_ORDER,
};
use wgtrain::autograd::{no_grad, Var};
use wgtrain::nn::functional as F;
use wgtrain::nn::{
    BatchNorm1d, Dropout, Forward, Gru, Init, Linear, Lstm, Module, MultiheadAttention, Relu,
    Sequential,
};
use wgtrain::Tensor;

fn mlp(seed: u64) -> Sequential {
    let init = Init::new(common::gpu(), seed);
    Sequential::new()
        .add(Linear::new(&init.sub(0), 3, 5, true).unwrap())
        .add(BatchNorm1d::new(&init.sub(1), 5).unwrap())
        .add(Relu)
        .add(Linear::new(&init.sub(3), 5, 2, false).unwrap())
}

fn input(rows: usize, cols: usize, seed: u64) -> Var {
    let data: Vec<f32> = test_data(seed, rows * cols, -1.0, 1.0)
        .into_iter()
        .map(|v| v as f32)
        .collect();
    Var::constant(Tensor::from_f32(common::gpu(), &data, &[rows, cols]).unwrap())
}

fn values(v: &Var) -> Vec<f32> {
    v.value().to_f32().unwrap()
}

#[test]
fn names_follow_pytorch_and_a_state_dict_round_trips() {
    let a = mlp(1);
    let names: Vec<String> = a
        .state_dict()
        .unwrap()
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(
        names,
        [
            "0.weight",
            "0.bias",
            "1.weight",
            "1.bias",
            "3.weight",
            "1.running_mean",
            "1.running_var"
        ]
    );
    assert_eq!(a.num_parameters(), 5 * 3 + 5 + 5 + 5 + 2 * 5);
    let b = mlp(2);
    let x = input(4, 3, 9);
    a.eval();
    b.eval();
    let ya = no_grad(|| a.forward(&x)).unwrap();
    assert_ne!(values(&ya), values(&no_grad(|| b.forward(&x)).unwrap()));
    let dir = std::env::temp_dir().join(format!("wgtrain-nn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mlp.safetensors");
    a.save(&path).unwrap();
    let report = b.load(&path, true).unwrap();
    assert_eq!(report, Default::default());
    assert_eq!(values(&ya), values(&no_grad(|| b.forward(&x)).unwrap()));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn strict_loading_names_every_problem_and_lenient_loading_reports_the_keys() {
    let a = mlp(1);
    let mut sd = a.state_dict().unwrap();
    sd.retain(|t| t.name != "0.bias");
    sd.push(wgtrain::gpu::NamedTensor {
        name: "extra.weight".into(),
        shape: vec![1],
        data: vec![0.0],
    });
    sd.push(wgtrain::gpu::NamedTensor {
        name: "1.num_batches_tracked".into(),
        shape: vec![],
        data: vec![7.0],
    });
    let b = mlp(2);
    let before = values(&b.named_parameters()[0].1);
    let err = b.load_state_dict(&sd, true).unwrap_err();
    assert_eq!(err.kind(), wgtrain::ErrorKind::Checkpoint);
    let e = err.to_string();
    assert!(
        e.contains("missing keys: 0.bias") && e.contains("unexpected keys: extra.weight"),
        "{e}"
    );
    assert!(!e.contains("num_batches_tracked"), "{e}");
    assert_eq!(before, values(&b.named_parameters()[0].1), "nothing loaded");
    let report = b.load_state_dict(&sd, false).unwrap();
    assert_eq!(report.missing_keys, ["0.bias"]);
    assert_eq!(report.unexpected_keys, ["extra.weight"]);
    assert_eq!(
        values(&b.named_parameters()[0].1),
        values(&a.named_parameters()[0].1)
    );
    // a shape mismatch is an error even when not strict, and loads nothing
    let c = mlp(3);
    let before = values(&c.named_parameters()[0].1);
    for t in sd.iter_mut().filter(|t| t.name == "3.weight") {
        t.shape = vec![5, 2];
    }
    let e = c.load_state_dict(&sd, false).unwrap_err().to_string();
    assert!(
        e.contains("size mismatch for 3.weight") && e.contains("[5, 2]") && e.contains("[2, 5]"),
        "{e}"
    );
    assert_eq!(before, values(&c.named_parameters()[0].1));
}

#[test]
fn eval_mode_switches_batch_norm_and_dropout() {
    let init = Init::new(common::gpu(), 4);
    let net = Sequential::new()
        .add(BatchNorm1d::new(&init.sub(0), 6).unwrap())
        .add(Dropout::new(&init.sub(1), 0.5).unwrap());
    assert!(net.is_training());
    let x = input(8, 6, 3);
    let trained = values(&net.forward(&x).unwrap());
    assert!(
        trained.iter().filter(|v| **v == 0.0).count() > 8,
        "dropout drops"
    );
    // one training batch moved the running statistics away from 0 and 1
    let stats = net.named_buffers();
    assert_ne!(stats[0].1.to_f32().unwrap(), vec![0.0; 6]);
    net.eval();
    assert!(!net.is_training());
    let a = values(&net.forward(&x).unwrap());
    let b = values(&net.forward(&x).unwrap());
    assert_eq!(a, b, "evaluation is deterministic");
    assert!(a.iter().all(|v| *v != 0.0));
    // eval uses the running statistics: (x − rm) / sqrt(rv + eps)
    let (rm, rv) = (stats[0].1.to_f32().unwrap(), stats[1].1.to_f32().unwrap());
    let xs = values(&x);
    for (i, got) in a.iter().enumerate() {
        let c = i % 6;
        let want = (xs[i] - rm[c]) / (rv[c] + 1e-5).sqrt();
        assert!((got - want).abs() < 1e-5, "{got} vs {want}");
    }
}

#[test]
fn initial_weights_follow_the_module_path_and_pytorch_bounds() {
    let gpu = common::gpu();
    let w = |seed: u64, path: &str| {
        let l = Linear::new(&Init::new(gpu, seed).sub(path), 40, 30, true).unwrap();
        values(&l.weight)
    };
    assert_eq!(w(1, "fc"), w(1, "fc"), "same seed and path, same weights");
    assert_ne!(w(1, "fc"), w(1, "fc2"));
    assert_ne!(w(1, "fc"), w(2, "fc"));
    let bound = 1.0 / 40f32.sqrt();
    let ws = w(1, "fc");
    assert!(ws.iter().all(|v| v.abs() <= bound));
    // spread over the interval: the sample's max is near the bound
    assert!(ws.iter().fold(0f32, |m, v| m.max(v.abs())) > 0.95 * bound);
    let l = Linear::new(&Init::new(gpu, 1).sub("fc"), 40, 30, true).unwrap();
    assert_ne!(
        values(&l.weight)[..30],
        values(l.bias.as_ref().unwrap())[..]
    );
}

fn f64s(v: &Var) -> Vec<f64> {
    values(v).into_iter().map(f64::from).collect()
}

#[test]
fn a_two_layer_lstm_matches_the_twin_with_its_final_states() {
    let gpu = common::gpu();
    let (b, t, i, h) = (2, 5, 3, 4);
    let lstm = Lstm::new(&Init::new(gpu, 3).sub("lstm"), i, h, 2).unwrap();
    let names: Vec<String> = lstm
        .named_parameters()
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(
        names[4..],
        ["weight_ih_l1", "weight_hh_l1", "bias_ih_l1", "bias_hh_l1"]
    );
    let x = input(b * t, i, 5).reshape(&[b, t, i]).unwrap();
    let out = lstm.forward(&x).unwrap();
    let mut xr = f64s(&x);
    let (mut hn, mut cn) = (vec![], vec![]);
    for (k, layer) in lstm.layers.iter().enumerate() {
        let w: Vec<Vec<f64>> = layer.iter().map(f64s).collect();
        let width = if k == 0 { i } else { h };
        let (hs, cs, _) = wgtrain::kernels::lstm::cpu::lstm_forward(
            &xr, &w[0], &w[1], &w[2], &w[3], b, t, width, h,
        );
        for bb in 0..b {
            hn.extend_from_slice(&hs[(bb * t + t - 1) * h..][..h]);
            cn.extend_from_slice(&cs[(bb * t + t - 1) * h..][..h]);
        }
        xr = hs;
    }
    let close = |got: &[f32], want: &[f64]| {
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(want) {
            assert!((*g as f64 - w).abs() < 1e-5, "{g} vs {w}");
        }
    };
    close(&values(&out.output), &xr);
    assert_eq!(out.h_n.shape(), [2, b, h]);
    close(&values(&out.h_n), &hn);
    close(&values(out.c_n.as_ref().unwrap()), &cn);
    let e = lstm.forward(&input(2, 3, 1)).err().unwrap().to_string();
    assert!(e.contains("batch first"), "{e}");
}

#[test]
fn a_gru_returns_each_layers_last_state() {
    let gpu = common::gpu();
    let gru = Gru::new(&Init::new(gpu, 3).sub("rnn"), 3, 4, 2).unwrap();
    let x = input(2 * 6, 3, 5).reshape(&[2, 6, 3]).unwrap();
    let out = gru.forward(&x).unwrap();
    assert!(out.c_n.is_none());
    let hn = values(&out.h_n);
    let o = values(&out.output);
    // layer 1 (the last) at step 5 is the output's last step
    for bb in 0..2 {
        assert_eq!(hn[8 + bb * 4..][..4], o[(bb * 6 + 5) * 4..][..4]);
    }
    // layer 0's last state is the first layer alone
    let [wi, wh, bi, bh] = &gru.layers[0];
    let first = values(&x.gru_layer(wi, wh, bi, bh).unwrap());
    for bb in 0..2 {
        assert_eq!(hn[bb * 4..][..4], first[(bb * 6 + 5) * 4..][..4]);
    }
}

#[test]
fn multihead_attention_matches_an_f64_reference() {
    let gpu = common::gpu();
    let (b, t, d, heads) = (2, 3, 8, 2);
    let mha = MultiheadAttention::new(&Init::new(gpu, 1).sub("attn"), d, heads).unwrap();
    let names: Vec<String> = mha.named_parameters().into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "in_proj_weight",
            "in_proj_bias",
            "out_proj.weight",
            "out_proj.bias"
        ]
    );
    let x = input(b * t, d, 2).reshape(&[b, t, d]).unwrap();
    let y = values(&mha.forward(&x).unwrap());
    let (xs, w, bias) = (f64s(&x), f64s(&mha.in_proj_weight), f64s(&mha.in_proj_bias));
    let (wo, bo) = (
        f64s(&mha.out_proj.weight),
        f64s(mha.out_proj.bias.as_ref().unwrap()),
    );
    let dh = d / heads;
    for bb in 0..b {
        let row = |ti: usize| &xs[(bb * t + ti) * d..][..d];
        let proj = |ti: usize, r: usize| -> f64 {
            bias[r] + (0..d).map(|k| w[r * d + k] * row(ti)[k]).sum::<f64>()
        };
        let mut concat = vec![vec![0.0; d]; t];
        for hh in 0..heads {
            for (qi, out) in concat.iter_mut().enumerate() {
                let scores: Vec<f64> = (0..t)
                    .map(|ki| {
                        (0..dh)
                            .map(|j| proj(qi, hh * dh + j) * proj(ki, d + hh * dh + j))
                            .sum::<f64>()
                            / (dh as f64).sqrt()
                    })
                    .collect();
                let m = scores.iter().cloned().fold(f64::MIN, f64::max);
                let e: Vec<f64> = scores.iter().map(|s| (s - m).exp()).collect();
                let z: f64 = e.iter().sum();
                for j in 0..dh {
                    out[hh * dh + j] = (0..t)
                        .map(|ki| e[ki] / z * proj(ki, 2 * d + hh * dh + j))
                        .sum();
                }
            }
        }
        for qi in 0..t {
            for o in 0..d {
                let want = bo[o] + (0..d).map(|k| wo[o * d + k] * concat[qi][k]).sum::<f64>();
                let got = y[(bb * t + qi) * d + o] as f64;
                assert!((got - want).abs() < 1e-5, "{got} vs {want}");
            }
        }
    }
}

/// Each loss against its f64 twin, then its first and second derivatives by central
/// differences of the twin.
#[test]
fn losses_match_their_twins_to_second_order() {
    let gpu = common::gpu();
    let n = 7;
    let pred = test_data(1, n, -2.0, 2.0);
    let target = test_data(2, n, 0.0, 1.0);
    let probs: Vec<f64> = test_data(3, n, 0.05, 0.95);
    type Gpu2 = fn(&Var, &Var) -> wgtrain::Result<Var>;
    type Cpu2 = fn(&[f64], &[f64]) -> f64;
    type Case<'a> = (&'a str, Gpu2, Cpu2, &'a Vec<f64>, &'a Vec<f64>);
    let cases: [Case; 5] = [
        ("mse", F::mse_loss, F::cpu::mse_loss, &pred, &target),
        ("l1", F::l1_loss, F::cpu::l1_loss, &pred, &target),
        (
            "bce",
            F::binary_cross_entropy,
            F::cpu::binary_cross_entropy,
            &probs,
            &target,
        ),
        (
            "bce_logits",
            F::binary_cross_entropy_with_logits,
            F::cpu::binary_cross_entropy_with_logits,
            &pred,
            &target,
        ),
        (
            "gaussian_kl",
            F::gaussian_kl,
            F::cpu::gaussian_kl,
            &pred,
            &target,
        ),
    ];
    for (name, g, c, a, b) in cases {
        let to = |v: &[f64]| {
            let f: Vec<f32> = v.iter().map(|x| *x as f32).collect();
            Var::constant(Tensor::from_f32(gpu, &f, &[n]).unwrap())
        };
        let got = g(&to(a), &to(b)).unwrap().value().scalar().unwrap() as f64;
        let want = c(a, b);
        assert!(
            (got - want).abs() <= 1e-6 * (1.0 + want.abs()),
            "{name}: {got} vs {want}"
        );
        let inputs = vec![(vec![n], a.clone()), (vec![n], b.clone())];
        let gpu_op = |v: &[Var]| g(&v[0], &v[1]);
        let cpu_op = |v: &[Vec<f64>]| vec![c(&v[0], &v[1])];
        let first = check_first_order(gpu, &inputs, gpu_op, cpu_op, FIRST_ORDER).unwrap();
        assert!(first.passed(), "{name} first order: {:?}", first.failures);
        if name != "l1" {
            // |x| has no second derivative to speak of
            let second = check_second_order(gpu, &inputs, gpu_op, cpu_op, SECOND_ORDER).unwrap();
            assert!(
                second.passed(),
                "{name} second order: {:?}",
                second.failures
            );
        }
    }
}

/// A saturated sigmoid (exactly 0 or 1) keeps BCE's loss and gradient finite, and
/// BCE-with-logits has PyTorch's slope σ(0) − t at 0.
#[test]
fn bce_edges_have_finite_and_pytorch_gradients() {
    let gpu = common::gpu();
    let p = Var::param(Tensor::from_f32(gpu, &[0.0, 1.0, 0.5], &[3]).unwrap());
    let t = Var::constant(Tensor::from_f32(gpu, &[1.0, 0.0, 1.0], &[3]).unwrap());
    let loss = F::binary_cross_entropy(&p, &t).unwrap();
    assert!(loss.value().scalar().unwrap().is_finite());
    let g = wgtrain::autograd::grad(&loss, std::slice::from_ref(&p)).unwrap();
    assert!(g
        .get(&p)
        .unwrap()
        .to_f32()
        .unwrap()
        .iter()
        .all(|v| v.is_finite()));
    let x = Var::param(Tensor::from_f32(gpu, &[0.0, 0.0], &[2]).unwrap());
    let t = Var::constant(Tensor::from_f32(gpu, &[1.0, 0.25], &[2]).unwrap());
    let loss = F::binary_cross_entropy_with_logits(&x, &t).unwrap();
    let g = wgtrain::autograd::grad(&loss, std::slice::from_ref(&x)).unwrap();
    let g = g.get(&x).unwrap().to_f32().unwrap();
    // d/dx mean = (σ(0) − t) / 2
    assert!((g[0] - (0.5 - 1.0) / 2.0).abs() < 1e-6, "{g:?}");
    assert!((g[1] - (0.5 - 0.25) / 2.0).abs() < 1e-6, "{g:?}");
}

/// Tied weights are one parameter (listed once, as PyTorch's named_parameters) but keep both
/// names in the state_dict.
#[test]
fn a_tied_weight_is_one_parameter_with_two_names() {
    let init = Init::new(common::gpu(), 2);
    let first = Linear::new(&init.sub(0), 4, 4, false).unwrap();
    let tied = Linear {
        weight: first.weight.clone(),
        bias: None,
    };
    let net = Sequential::new().add(first).add(tied);
    let names: Vec<String> = net.named_parameters().into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["0.weight"]);
    assert_eq!(net.num_parameters(), 16);
    assert_eq!(net.state_dict().unwrap().len(), 2);
}
