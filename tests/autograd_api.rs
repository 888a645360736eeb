//! Stop-gradient, no-grad regions, and the optimiser's handling of missing gradients.

mod common;
use wgtrain::autograd::{backward, backward_with_graph, no_grad, Gradients, Var};
use wgtrain::kernels::adam::AdamHyper;
use wgtrain::optim::{Adam, Optimizer};
use wgtrain::Tensor;

fn var(data: &[f32]) -> Var {
    Var::param(Tensor::from_f32(common::gpu(), data, &[data.len()]).unwrap())
}

#[test]
fn detach_stops_the_gradient() {
    let x = var(&[1.0, 2.0, 3.0]);
    // y = x * stopgrad(x): dy/dx = stopgrad(x) = x, not 2x.
    let y = x.mul(&x.detach()).unwrap().sum().unwrap();
    let g = backward(&y, &[&x]).unwrap().remove(0).unwrap();
    assert_eq!(g.value().to_f32().unwrap(), vec![1.0, 2.0, 3.0]);
}

#[test]
fn straight_through_estimator_passes_the_gradient_unchanged() {
    // q_st = x + stopgrad(q - x): forward value q, gradient of identity.
    let x = var(&[0.3, -1.2]);
    let q = Var::constant(Tensor::from_f32(common::gpu(), &[0.0, -1.0], &[2]).unwrap());
    let st = x.add(&q.sub(&x).unwrap().detach()).unwrap();
    assert_eq!(st.value().to_f32().unwrap(), vec![0.0, -1.0]);
    let loss = st.mul(&st).unwrap().sum().unwrap();
    let g = backward(&loss, &[&x]).unwrap().remove(0).unwrap();
    assert_eq!(g.value().to_f32().unwrap(), vec![0.0, -2.0]); // 2 * q
}

#[test]
fn no_grad_records_nothing() {
    let x = var(&[1.0, 2.0]);
    let y = no_grad(|| x.exp().unwrap().sum().unwrap());
    assert!(!y.requires_grad());
    assert_eq!(y.op_name(), None);
    assert_eq!(backward(&y, &[&x]).unwrap()[0].as_ref().map(|_| ()), None);
    // Recording comes back after the region.
    assert!(x.exp().unwrap().requires_grad());
}

#[test]
fn first_order_gradients_carry_no_graph_and_second_order_ones_do() {
    let x = var(&[0.5, -0.25]);
    let y = x.tanh().unwrap().sum().unwrap();
    let plain = backward(&y, &[&x]).unwrap().remove(0).unwrap();
    assert!(!plain.requires_grad());
    let with_graph = backward_with_graph(&y, &[&x]).unwrap().remove(0).unwrap();
    assert!(with_graph.requires_grad());
    // d²/dx² Σ tanh(x) = -2 tanh(x) (1 - tanh²(x))
    let g2 = backward(&with_graph.sum().unwrap(), &[&x])
        .unwrap()
        .remove(0)
        .unwrap()
        .value()
        .to_f32()
        .unwrap();
    for (g, x) in g2.iter().zip([0.5f64, -0.25]) {
        let t = x.tanh();
        approx::assert_relative_eq!(*g as f64, -2.0 * t * (1.0 - t * t), max_relative = 1e-5);
    }
}

#[test]
fn adam_skips_parameters_without_a_gradient_and_keeps_their_step() {
    let gpu = common::gpu();
    let a = Var::param(Tensor::from_f32(gpu, &[1.0, 1.0], &[2]).unwrap());
    let b = Var::param(Tensor::from_f32(gpu, &[5.0], &[1]).unwrap());
    let ga = Tensor::from_f32(gpu, &[0.5, -0.5], &[2]).unwrap();
    let mut adam = Adam::new(
        vec![("a".into(), a.clone()), ("b".into(), b.clone())],
        AdamHyper {
            lr: 0.1,
            ..Default::default()
        },
    )
    .unwrap();
    let mut grads = Gradients::new();
    grads.insert(&a, ga);
    adam.step(&grads).unwrap();
    adam.step(&grads).unwrap();
    let state = adam.state().unwrap();
    assert_eq!(state.steps["a"], 2);
    assert_eq!(state.steps["b"], 0, "no gradient, no step");
    assert_eq!(b.value().to_f32().unwrap(), vec![5.0]);
    // Two Adam steps with a constant gradient move each weight by lr·sign(g) per step.
    let av = a.value().to_f32().unwrap();
    approx::assert_relative_eq!(av[0], 0.8, max_relative = 1e-5);
    approx::assert_relative_eq!(av[1], 1.2, max_relative = 1e-5);
    let twice = Adam::new(
        vec![("a".into(), a.clone()), ("a".into(), b)],
        AdamHyper::default(),
    );
    assert!(twice
        .err()
        .unwrap()
        .to_string()
        .contains("two parameters are named 'a'"));
}
