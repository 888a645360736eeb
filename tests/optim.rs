//! The optimisers behind the `Optimizer` trait: SGD's forms and Adam/AdamW against the f64
//! twins over several steps, parameter groups, and a state round trip that resumes exactly.

mod common;
use wgtrain::autograd::{Gradients, Var};
use wgtrain::kernels::{adam, sgd, to_f64};
use wgtrain::optim::{Adam, AdamHyper, Optimizer, ParamGroup, Sgd, SgdHyper};
use wgtrain::Tensor;

fn values(seed: u32, n: usize) -> Vec<f32> {
    (0..n)
        .map(|i| (i as f32 * 0.37 + seed as f32 * 1.3).sin() * 0.8)
        .collect()
}

fn param(seed: u32, n: usize) -> Var {
    Var::param(Tensor::from_f32(common::gpu(), &values(seed, n), &[n]).unwrap())
}

fn grads_for(params: &[Var], step: u32) -> Gradients {
    let mut g = Gradients::new();
    for (i, p) in params.iter().enumerate() {
        let n = p.shape()[0];
        let t = Tensor::from_f32(common::gpu(), &values(100 + 7 * step + i as u32, n), &[n]);
        g.insert(p, t.unwrap());
    }
    g
}

fn close(got: &[f32], want: &[f64]) {
    for (g, w) in got.iter().zip(want) {
        // a few steps of O(1)-sized updates in f32: some ulps of the magnitudes involved
        assert!(
            (*g as f64 - w).abs() <= 1e-5 * (1.0 + w.abs()),
            "{g} vs {w}"
        );
    }
}

#[test]
fn sgd_with_nesterov_momentum_follows_the_twin() {
    let h = SgdHyper {
        lr: 0.1,
        momentum: 0.9,
        nesterov: true,
        weight_decay: 0.01,
        ..SgdHyper::default()
    };
    let params = vec![param(1, 5), param(2, 300)];
    let named = vec![
        ("a".into(), params[0].clone()),
        ("b".into(), params[1].clone()),
    ];
    let mut opt = Sgd::new(named, h).unwrap();
    let mut twin: Vec<(Vec<f64>, Option<Vec<f64>>)> = params
        .iter()
        .map(|p| (to_f64(&p.value().to_f32().unwrap()), None))
        .collect();
    for step in 0..4 {
        let g = grads_for(&params, step);
        opt.step(&g).unwrap();
        for (p, (w, buf)) in params.iter().zip(twin.iter_mut()) {
            let gh = to_f64(&g.get(p).unwrap().to_f32().unwrap());
            sgd::cpu::sgd_step(w, &gh, buf, h);
        }
    }
    for (p, (w, _)) in params.iter().zip(&twin) {
        close(&p.value().to_f32().unwrap(), w);
    }
    assert_eq!(opt.state().unwrap().steps["b"], 4);
}

#[test]
fn adamw_in_two_groups_follows_the_twin() {
    let params = vec![param(3, 7), param(4, 9)];
    let groups = vec![
        ParamGroup {
            params: vec![("decayed".into(), params[0].clone())],
            lr: 0.01,
            weight_decay: 0.1,
        },
        ParamGroup {
            params: vec![("plain".into(), params[1].clone())],
            lr: 0.003,
            weight_decay: 0.0,
        },
    ];
    let base = AdamHyper {
        decoupled: true,
        ..AdamHyper::default()
    };
    let mut opt = Adam::with_groups(groups, base).unwrap();
    assert_eq!(opt.lr(), 0.01);
    let hypers = [
        AdamHyper {
            lr: 0.01,
            weight_decay: 0.1,
            ..base
        },
        AdamHyper {
            lr: 0.003,
            weight_decay: 0.0,
            ..base
        },
    ];
    let mut twin: Vec<[Vec<f64>; 3]> = params
        .iter()
        .map(|p| {
            let n = p.shape()[0];
            [
                to_f64(&p.value().to_f32().unwrap()),
                vec![0.0; n],
                vec![0.0; n],
            ]
        })
        .collect();
    for step in 0..3 {
        let g = grads_for(&params, step);
        opt.step(&g).unwrap();
        for ((p, [w, m, v]), h) in params.iter().zip(twin.iter_mut()).zip(hypers) {
            let gh = to_f64(&g.get(p).unwrap().to_f32().unwrap());
            adam::cpu::adam_step(w, &gh, m, v, h, step as u64 + 1);
        }
    }
    for (p, [w, _, _]) in params.iter().zip(&twin) {
        close(&p.value().to_f32().unwrap(), w);
    }
    opt.set_lr(0.5);
    assert!(opt.groups().iter().all(|g| g.lr == 0.5));
}

/// Stopping after two steps, saving the state and loading it into a fresh optimiser over
/// copies of the weights gives the same weights after step four as running straight through.
#[test]
fn a_loaded_state_resumes_bit_for_bit() {
    for kind in ["adam", "sgd"] {
        let make = |p: &Var| -> Box<dyn Optimizer> {
            let named = vec![("w".to_string(), p.clone())];
            match kind {
                "adam" => Box::new(Adam::new(named, AdamHyper::default()).unwrap()),
                _ => Box::new(
                    Sgd::new(
                        named,
                        SgdHyper {
                            momentum: 0.5,
                            ..SgdHyper::default()
                        },
                    )
                    .unwrap(),
                ),
            }
        };
        let straight = param(5, 33);
        let mut opt = make(&straight);
        for s in 0..4 {
            opt.step(&grads_for(std::slice::from_ref(&straight), s))
                .unwrap();
        }
        let first = param(5, 33);
        let mut opt = make(&first);
        for s in 0..2 {
            opt.step(&grads_for(std::slice::from_ref(&first), s))
                .unwrap();
        }
        let state = opt.state().unwrap();
        let resumed = Var::param(
            Tensor::from_f32(common::gpu(), &first.value().to_f32().unwrap(), &[33]).unwrap(),
        );
        let mut opt = make(&resumed);
        opt.load_state(&state).unwrap();
        for s in 2..4 {
            opt.step(&grads_for(std::slice::from_ref(&resumed), s))
                .unwrap();
        }
        assert_eq!(
            resumed.value().to_f32().unwrap(),
            straight.value().to_f32().unwrap(),
            "{kind}"
        );
        // a state of other parameters is refused by name
        let other = Var::param(Tensor::from_f32(common::gpu(), &[0.0; 33], &[33]).unwrap());
        let mut wrong = match kind {
            "adam" => Box::new(Adam::new(vec![("v".into(), other)], AdamHyper::default()).unwrap())
                as Box<dyn Optimizer>,
            _ => Box::new(
                Sgd::new(
                    vec![("v".into(), other)],
                    SgdHyper {
                        momentum: 0.5,
                        ..SgdHyper::default()
                    },
                )
                .unwrap(),
            ),
        };
        let e = wrong.load_state(&state).unwrap_err().to_string();
        assert!(e.contains(".v'"), "{e}");
    }
}

#[test]
fn nesterov_without_momentum_is_refused() {
    let e = Sgd::new(
        vec![("w".into(), param(1, 2))],
        SgdHyper {
            nesterov: true,
            ..SgdHyper::default()
        },
    )
    .err()
    .unwrap();
    assert_eq!(e.kind(), wgtrain::ErrorKind::Config);
    let e = e.to_string();
    assert!(e.contains("Nesterov"), "{e}");
}

/// Two parameters whose gradients share one buffer (an LSTM's two biases) count twice in the
/// norm but the buffer is scaled once.
#[test]
fn clipping_scales_a_shared_gradient_buffer_once() {
    let (a, b) = (param(1, 4), param(2, 4));
    let shared = Tensor::from_f32(common::gpu(), &[3.0, 0.0, 4.0, 0.0], &[4]).unwrap();
    let mut g = Gradients::new();
    g.insert(&a, shared.clone());
    g.insert(&b, shared.clone());
    // the norm of [5, 5] is 5√2; max 1 → coefficient 1/(5√2)
    let coef = g.clip_norm(&[a, b], 1.0).unwrap().to_f32().unwrap();
    let want = 1.0 / (5.0 * 2f32.sqrt());
    assert!((coef[0] - want).abs() < 1e-5, "{coef:?}");
    let got = shared.to_f32().unwrap();
    assert!((got[0] - 3.0 * want).abs() < 1e-5, "{got:?}");
}

/// A state missing one parameter's buffers is refused before anything is written.
#[test]
fn a_partial_state_loads_nothing() {
    let (a, b) = (param(1, 3), param(2, 3));
    let named = vec![("a".into(), a.clone()), ("b".into(), b.clone())];
    let mut opt = Adam::new(named.clone(), AdamHyper::default()).unwrap();
    opt.step(&grads_for(&[a.clone(), b.clone()], 0)).unwrap();
    let mut state = opt.state().unwrap();
    state.tensors.retain(|t| !t.name.ends_with(".b"));
    let mut fresh = Adam::new(named, AdamHyper::default()).unwrap();
    let before = fresh.state().unwrap();
    assert!(fresh.load_state(&state).is_err());
    assert_eq!(fresh.state().unwrap(), before, "nothing was written");
}
