//! Finite-difference checks of every backward rule, first order and (through
//! `backward_with_graph`) second order. Numeric derivatives come from the CPU twins in f64.

mod common;
use wgtrain::autograd::gradcheck::{
    check_first_order, check_second_order, test_data, Report, FIRST_ORDER, SECOND_ORDER,
};
use wgtrain::autograd::{backward, cross_entropy, Var};
use wgtrain::kernels::elementwise::{cpu as ew, Binary, Broadcast, Unary};
use wgtrain::kernels::{
    cross_entropy::cpu as ce, gru, lstm, matmul::cpu as mm, reduce::cpu as red, reduce::Reduce,
    softmax::cpu as sm,
};
use wgtrain::{Result, Tensor};

type GpuOp = Box<dyn Fn(&[Var]) -> Result<Var>>;
type CpuOp = Box<dyn Fn(&[Vec<f64>]) -> Vec<f64>>;

struct Case {
    name: String,
    inputs: Vec<(Vec<usize>, Vec<f64>)>,
    gpu: GpuOp,
    cpu: CpuOp,
    second_order: bool,
}

fn input(shape: &[usize], seed: u64, lo: f64, hi: f64) -> (Vec<usize>, Vec<f64>) {
    let n = shape.iter().product();
    (shape.to_vec(), test_data(seed, n, lo, hi))
}

/// Keep values at least `gap` away from the kinks of piecewise ops.
fn away_from(mut x: (Vec<usize>, Vec<f64>), kinks: &[f64], gap: f64) -> (Vec<usize>, Vec<f64>) {
    for v in x.1.iter_mut() {
        for &k in kinks {
            if (*v - k).abs() < gap {
                *v = (k + gap * if *v >= k { 1.0 } else { -1.0 }) as f32 as f64;
            }
        }
    }
    x
}

fn unary_cases() -> Vec<Case> {
    use Unary::*;
    let ops: [(Unary, f64, f64, &[f64], bool); 13] = [
        (Relu, -2.0, 2.0, &[0.0], true),
        (LeakyRelu(0.2), -2.0, 2.0, &[0.0], true),
        (Sigmoid, -4.0, 4.0, &[], true),
        (Tanh, -3.0, 3.0, &[], true),
        (Exp, -2.0, 2.0, &[], true),
        (Log, 0.2, 3.0, &[], true),
        (Sqrt, 0.2, 3.0, &[], true),
        (Clamp(-0.5, 0.7), -2.0, 2.0, &[-0.5, 0.7], true),
        (Neg, -2.0, 2.0, &[], true),
        (Square, -2.0, 2.0, &[], true),
        (AddScalar(1.5), -2.0, 2.0, &[], true),
        (MulScalar(-3.0), -2.0, 2.0, &[], true),
        (Abs, -2.0, 2.0, &[0.0], true),
    ];
    ops.into_iter()
        .enumerate()
        .map(|(i, (op, lo, hi, kinks, second))| Case {
            name: format!("unary/{}", op.name()),
            inputs: vec![away_from(
                input(&[3, 5], 100 + i as u64, lo, hi),
                kinks,
                0.05,
            )],
            gpu: Box::new(move |v: &[Var]| match op {
                Relu => v[0].relu(),
                LeakyRelu(s) => v[0].leaky_relu(s),
                Sigmoid => v[0].sigmoid(),
                Tanh => v[0].tanh(),
                Exp => v[0].exp(),
                Log => v[0].log(),
                Sqrt => v[0].sqrt(),
                Clamp(a, b) => v[0].clamp(a, b),
                Neg => v[0].neg(),
                Square => v[0].square(),
                AddScalar(s) => v[0].add_scalar(s),
                MulScalar(s) => v[0].mul_scalar(s),
                Abs => v[0].abs(),
                Sign => v[0].sign(),
            }),
            cpu: Box::new(move |x: &[Vec<f64>]| ew::unary(&x[0], op)),
            second_order: second,
        })
        .collect()
}

fn binary_cases() -> Vec<Case> {
    let mut cases = vec![];
    // (a shape, b shape, broadcast as the CPU twin sees it)
    let layouts: [(&[usize], &[usize], Broadcast, &str); 3] = [
        (&[4, 5], &[4, 5], Broadcast { len: 20, inner: 1 }, "same"),
        (&[4, 5], &[1], Broadcast { len: 1, inner: 1 }, "scalar"),
        (&[3, 4, 5], &[5], Broadcast { len: 5, inner: 1 }, "rows"),
    ];
    for (op, name) in [
        (Binary::Add, "add"),
        (Binary::Sub, "sub"),
        (Binary::Mul, "mul"),
        (Binary::Div, "div"),
        (Binary::SafeDiv, "safe_div"),
    ] {
        for (k, &(sa, sb, bc, label)) in layouts.iter().enumerate() {
            let b = away_from(input(sb, 300 + k as u64, -2.0, 2.0), &[0.0], 0.3);
            cases.push(Case {
                name: format!("binary/{name}/{label}"),
                inputs: vec![input(sa, 200 + k as u64, -2.0, 2.0), b],
                gpu: Box::new(move |v: &[Var]| match op {
                    Binary::Add => v[0].add(&v[1]),
                    Binary::Sub => v[0].sub(&v[1]),
                    Binary::Mul => v[0].mul(&v[1]),
                    Binary::Div => v[0].div(&v[1]),
                    _ => v[0].safe_div(&v[1]),
                }),
                cpu: Box::new(move |x: &[Vec<f64>]| ew::binary(&x[0], &x[1], op, bc)),
                second_order: true,
            });
        }
    }
    // Channel bias over [n, c, h, w].
    cases.push(Case {
        name: "add_channel_bias".into(),
        inputs: vec![
            input(&[2, 3, 2, 2], 400, -1.0, 1.0),
            input(&[3], 401, -1.0, 1.0),
        ],
        gpu: Box::new(|v: &[Var]| v[0].add_channel_bias(&v[1])),
        cpu: Box::new(|x: &[Vec<f64>]| {
            ew::binary(&x[0], &x[1], Binary::Add, Broadcast { len: 3, inner: 4 })
        }),
        second_order: true,
    });
    cases.push(Case {
        name: "broadcast_to/channels".into(),
        inputs: vec![input(&[3], 402, -1.0, 1.0)],
        gpu: Box::new(|v: &[Var]| v[0].broadcast_to(Broadcast { len: 3, inner: 2 }, &[2, 3, 2])),
        cpu: Box::new(|x: &[Vec<f64>]| ew::broadcast(&x[0], Broadcast { len: 3, inner: 2 }, 12)),
        second_order: true,
    });
    cases
}

fn matmul_cases() -> Vec<Case> {
    let mut cases = vec![];
    for (ta, tb) in [(false, false), (false, true), (true, false), (true, true)] {
        for (batch, shared_b) in [(1usize, false), (2, false), (2, true)] {
            let (m, n, k) = (3usize, 4usize, 5usize);
            let a_shape = if ta {
                vec![batch, k, m]
            } else {
                vec![batch, m, k]
            };
            let b_inner = if tb { vec![n, k] } else { vec![k, n] };
            let b_shape = if shared_b {
                b_inner
            } else {
                [vec![batch], b_inner].concat()
            };
            cases.push(Case {
                name: format!("matmul ta={ta} tb={tb} batch={batch} shared_b={shared_b}"),
                inputs: vec![
                    input(&a_shape, 500, -1.0, 1.0),
                    input(&b_shape, 501, -1.0, 1.0),
                ],
                gpu: Box::new(move |v: &[Var]| v[0].matmul_t(&v[1], ta, tb)),
                cpu: Box::new(move |x: &[Vec<f64>]| {
                    mm::matmul(&x[0], &x[1], batch, m, n, k, ta, tb, false, shared_b)
                }),
                second_order: true,
            });
        }
    }
    cases.push(Case {
        name: "linear".into(),
        inputs: vec![
            input(&[3, 4], 510, -1.0, 1.0),
            input(&[5, 4], 511, -1.0, 1.0),
            input(&[5], 512, -1.0, 1.0),
        ],
        gpu: Box::new(|v: &[Var]| v[0].linear(&v[1], Some(&v[2]))),
        cpu: Box::new(|x: &[Vec<f64>]| {
            let y = mm::matmul(&x[0], &x[1], 1, 3, 5, 4, false, true, false, false);
            ew::binary(&y, &x[2], Binary::Add, Broadcast { len: 5, inner: 1 })
        }),
        second_order: true,
    });
    // The fused epilogue (bias + activation in the store on GPUs), on a batched 3-d input.
    use wgtrain::kernels::epilogue::Activation;
    for (t, act) in [
        Activation::Relu,
        Activation::LeakyRelu(0.2),
        Activation::Tanh,
        Activation::Sigmoid,
    ]
    .into_iter()
    .enumerate()
    {
        let seed = 515 + 3 * t as u64;
        cases.push(Case {
            name: format!("linear + bias + {} fused, [2, 3, 4] input", act.name()),
            inputs: vec![
                input(&[2, 3, 4], seed, -1.0, 1.0),
                input(&[5, 4], seed + 1, -1.0, 1.0),
                input(&[5], seed + 2, -1.0, 1.0),
            ],
            gpu: Box::new(move |v: &[Var]| v[0].linear_act(&v[1], Some(&v[2]), act)),
            cpu: Box::new(move |x: &[Vec<f64>]| {
                let y = mm::matmul(&x[0], &x[1], 1, 6, 5, 4, false, true, false, false);
                ew::binary(&y, &x[2], Binary::Add, Broadcast { len: 5, inner: 1 })
                    .into_iter()
                    .map(|v| act.cpu(v))
                    .collect()
            }),
            second_order: true,
        });
    }
    cases
}

fn reduce_cases() -> Vec<Case> {
    let shape = [3usize, 4, 5];
    let mut cases = vec![];
    for axis in 0..3 {
        let (outer, len, inner) = wgtrain::kernels::split_axis(&shape, axis);
        for (op, name) in [
            (Reduce::Sum, "sum"),
            (Reduce::Mean, "mean"),
            (Reduce::L2, "norm"),
        ] {
            cases.push(Case {
                name: format!("{name}_axis({axis})"),
                inputs: vec![input(&shape, 600 + axis as u64, -1.0, 1.0)],
                gpu: Box::new(move |v: &[Var]| match op {
                    Reduce::Sum => v[0].sum_axis(axis),
                    Reduce::Mean => v[0].mean_axis(axis),
                    _ => v[0].norm_axis(axis),
                }),
                cpu: Box::new(move |x: &[Vec<f64>]| {
                    red::reduce_view(&x[0], outer, len, inner, op).0
                }),
                second_order: true,
            });
        }
    }
    cases.push(Case {
        name: "sum".into(),
        inputs: vec![input(&[7, 3], 610, -1.0, 1.0)],
        gpu: Box::new(|v: &[Var]| v[0].sum()),
        cpu: Box::new(|x: &[Vec<f64>]| vec![x[0].iter().sum()]),
        second_order: true,
    });
    cases.push(Case {
        name: "mean".into(),
        inputs: vec![input(&[7, 3], 611, -1.0, 1.0)],
        gpu: Box::new(|v: &[Var]| v[0].mean()),
        cpu: Box::new(|x: &[Vec<f64>]| vec![x[0].iter().sum::<f64>() / 21.0]),
        second_order: true,
    });
    for axis in 0..2 {
        let s = wgtrain::kernels::elementwise::Slice {
            outer: if axis == 0 { 1 } else { 4 },
            full: if axis == 0 { 4 } else { 6 },
            inner: if axis == 0 { 6 } else { 1 },
            start: 1,
            len: 2,
        };
        cases.push(Case {
            name: format!("narrow(axis {axis})"),
            inputs: vec![input(&[4, 6], 613 + axis as u64, -1.0, 1.0)],
            gpu: Box::new(move |v: &[Var]| v[0].narrow(axis, 1, 2)?.square()),
            cpu: Box::new(move |x: &[Vec<f64>]| {
                ew::narrow_axis(&x[0], s).iter().map(|v| v * v).collect()
            }),
            second_order: true,
        });
    }
    cases.push(Case {
        name: "cat0".into(),
        inputs: vec![
            input(&[2, 3], 616, -1.0, 1.0),
            input(&[1, 3], 617, -1.0, 1.0),
        ],
        gpu: Box::new(|v: &[Var]| Var::cat0(&[v[0].clone(), v[1].clone()])?.square()),
        cpu: Box::new(|x: &[Vec<f64>]| x[0].iter().chain(&x[1]).map(|v| v * v).collect()),
        second_order: true,
    });
    cases.push(Case {
        name: "transpose_last2".into(),
        inputs: vec![input(&[2, 3, 4], 615, -1.0, 1.0)],
        gpu: Box::new(|v: &[Var]| v[0].transpose_last2()?.square()),
        cpu: Box::new(|x: &[Vec<f64>]| {
            ew::transpose_last2(&x[0], 2, 3, 4)
                .iter()
                .map(|v| v * v)
                .collect()
        }),
        second_order: true,
    });
    cases.push(Case {
        name: "reshape".into(),
        inputs: vec![input(&[2, 6], 612, -1.0, 1.0)],
        gpu: Box::new(|v: &[Var]| v[0].reshape(&[3, 4])?.mul(&v[0].reshape(&[3, 4])?)),
        cpu: Box::new(|x: &[Vec<f64>]| x[0].iter().map(|v| v * v).collect()),
        second_order: true,
    });
    cases
}

fn conv_cases() -> Vec<Case> {
    use wgtrain::kernels::conv::{cpu as cv, ConvGeom, Padding};
    let mut cases = vec![];
    for (k, stride, padding) in [
        (3, 1, Padding::Symmetric(1)),
        (4, 2, Padding::Symmetric(1)),
        (3, 1, Padding::Same),
    ] {
        let g = ConvGeom::conv2d(2, 2, 5, 4, k, k, stride, padding).unwrap();
        cases.push(Case {
            name: format!("conv2d k{k} s{stride} {padding:?}"),
            inputs: vec![
                input(&[2, 2, 5, 4], 800, -1.0, 1.0),
                input(&[3, 2, k, k], 801, -1.0, 1.0),
                input(&[3], 802, -1.0, 1.0),
            ],
            gpu: Box::new(move |v: &[Var]| v[0].conv2d(&v[1], Some(&v[2]), stride, padding)),
            cpu: Box::new(move |x: &[Vec<f64>]| cv::conv2d(&x[0], &x[1], Some(&x[2]), 3, &g)),
            second_order: true,
        });
    }
    for (k, stride, pad, op) in [(4, 2, 1, 0), (3, 2, 1, 1)] {
        let g = ConvGeom::conv_transpose2d(1, 2, 3, 2, k, stride, pad, op).unwrap();
        cases.push(Case {
            name: format!("conv_transpose2d k{k} s{stride} p{pad} op{op}"),
            inputs: vec![
                input(&[1, 3, 3, 2], 810, -1.0, 1.0),
                input(&[3, 2, k, k], 811, -1.0, 1.0),
                input(&[2], 812, -1.0, 1.0),
            ],
            gpu: Box::new(move |v: &[Var]| {
                v[0].conv_transpose2d(&v[1], Some(&v[2]), stride, pad, op)
            }),
            cpu: Box::new(move |x: &[Vec<f64>]| {
                cv::conv_transpose2d(&x[0], &x[1], Some(&x[2]), 3, &g)
            }),
            second_order: true,
        });
    }
    // The fused epilogues: bias and activation in the convolution's store, the backward
    // pass reading the activation's derivative from the output.
    use wgtrain::kernels::epilogue::Activation;
    for (act, transpose) in [
        (Activation::Tanh, false),
        (Activation::LeakyRelu(0.2), false),
        (Activation::Sigmoid, true),
        (Activation::Relu, true),
    ] {
        let (k, stride) = (3, 2);
        let gc = ConvGeom::conv2d(2, 2, 5, 4, k, k, stride, Padding::Symmetric(1)).unwrap();
        let gt = ConvGeom::conv_transpose2d(1, 2, 3, 2, k, stride, 1, 1).unwrap();
        cases.push(Case {
            name: format!(
                "{} + bias + {} fused, k{k} s{stride}",
                if transpose {
                    "conv_transpose2d"
                } else {
                    "conv2d"
                },
                act.name()
            ),
            inputs: if transpose {
                vec![
                    input(&[1, 3, 3, 2], 830, -1.0, 1.0),
                    input(&[3, 2, k, k], 831, -1.0, 1.0),
                    input(&[2], 832, -1.0, 1.0),
                ]
            } else {
                vec![
                    input(&[2, 2, 5, 4], 833, -1.0, 1.0),
                    input(&[3, 2, k, k], 834, -1.0, 1.0),
                    input(&[3], 835, -1.0, 1.0),
                ]
            },
            gpu: Box::new(move |v: &[Var]| {
                if transpose {
                    v[0].conv_transpose2d_act(&v[1], Some(&v[2]), stride, 1, 1, act)
                } else {
                    v[0].conv2d_act(&v[1], Some(&v[2]), stride, Padding::Symmetric(1), act)
                }
            }),
            cpu: Box::new(move |x: &[Vec<f64>]| {
                let y = if transpose {
                    cv::conv_transpose2d(&x[0], &x[1], Some(&x[2]), 3, &gt)
                } else {
                    cv::conv2d(&x[0], &x[1], Some(&x[2]), 3, &gc)
                };
                y.into_iter().map(|v| act.cpu(v)).collect()
            }),
            second_order: true,
        });
    }
    cases.push(Case {
        name: "max_pool2d k2".into(),
        inputs: vec![input(&[2, 2, 5, 4], 820, -1.0, 1.0)],
        gpu: Box::new(|v: &[Var]| v[0].max_pool2d(2)?.square()),
        cpu: Box::new(|x: &[Vec<f64>]| {
            let g = wgtrain::kernels::pool::PoolGeom::new(&[2, 2, 5, 4], 2).unwrap();
            wgtrain::kernels::pool::cpu::max_pool2d(&x[0], &g)
                .0
                .iter()
                .map(|v| v * v)
                .collect()
        }),
        second_order: true,
    });
    cases.push(Case {
        name: "adaptive_avg_pool 1x1".into(),
        inputs: vec![input(&[2, 3, 3, 2], 821, -1.0, 1.0)],
        gpu: Box::new(|v: &[Var]| v[0].adaptive_avg_pool_1x1()?.square()),
        cpu: Box::new(|x: &[Vec<f64>]| {
            x[0].chunks(6)
                .map(|c| (c.iter().sum::<f64>() / 6.0).powi(2))
                .collect()
        }),
        second_order: true,
    });
    // The WGAN-GP critic's path: conv ("same") → relu → maxpool → flatten → linear → sigmoid.
    let g = ConvGeom::conv2d(2, 2, 4, 4, 3, 3, 1, Padding::Same).unwrap();
    cases.push(Case {
        name: "critic stack conv-relu-maxpool-linear-sigmoid".into(),
        inputs: vec![
            input(&[2, 2, 4, 4], 830, -1.0, 1.0),
            input(&[3, 2, 3, 3], 831, -1.0, 1.0),
            input(&[3], 832, -0.5, 0.5),
            input(&[2, 12], 833, -1.0, 1.0),
            input(&[2], 834, -0.5, 0.5),
        ],
        gpu: Box::new(|v: &[Var]| {
            let h = v[0]
                .conv2d(&v[1], Some(&v[2]), 1, Padding::Same)?
                .relu()?
                .max_pool2d(2)?;
            h.reshape(&[2, 12])?.linear(&v[3], Some(&v[4]))?.sigmoid()
        }),
        cpu: Box::new(move |x: &[Vec<f64>]| {
            let c = cv::conv2d(&x[0], &x[1], Some(&x[2]), 3, &g);
            let r: Vec<f64> = c.iter().map(|v| v.max(0.0)).collect();
            let pg = wgtrain::kernels::pool::PoolGeom::new(&[2, 3, 4, 4], 2).unwrap();
            let p = wgtrain::kernels::pool::cpu::max_pool2d(&r, &pg).0;
            let y = mm::matmul(&p, &x[3], 1, 2, 2, 12, false, true, false, false);
            y.iter()
                .enumerate()
                .map(|(i, v)| ew::unary_scalar(Unary::Sigmoid, v + x[4][i % 2]))
                .collect()
        }),
        second_order: true,
    });
    cases
}

fn softmax_cases() -> Vec<Case> {
    let mut cases = vec![];
    for log in [false, true] {
        cases.push(Case {
            name: if log { "log_softmax" } else { "softmax" }.into(),
            inputs: vec![input(&[3, 6], 700, -3.0, 3.0)],
            gpu: Box::new(move |v: &[Var]| {
                if log {
                    v[0].log_softmax()
                } else {
                    v[0].softmax()
                }
            }),
            cpu: Box::new(move |x: &[Vec<f64>]| sm::softmax_rows(&x[0], 6, log)),
            second_order: true,
        });
    }
    cases.push(Case {
        name: "cross_entropy (ignore_index)".into(),
        inputs: vec![input(&[5, 7], 710, -3.0, 3.0)],
        gpu: Box::new(|v: &[Var]| {
            let t = Tensor::from_i32(v[0].value().gpu(), &[3, -100, 0, 6, 2], &[5])?;
            cross_entropy(&v[0], &t, -100)
        }),
        cpu: Box::new(|x: &[Vec<f64>]| {
            vec![ce::cross_entropy(&x[0], &[3, -100, 0, 6, 2], 7, -100)]
        }),
        second_order: true,
    });
    cases
}

fn drop_key() -> wgtrain::kernels::random::RngKey {
    wgtrain::kernels::random::RngKey {
        seed: 5,
        stream: 2,
        offset: 0,
    }
}

fn sequence_cases() -> Vec<Case> {
    let (b, t, i, h) = (2, 4, 3, 5);
    let ids: Vec<u32> = vec![2, 0, 2, 5, 1, 2, 4];
    let ids_cpu = ids.clone();
    vec![
        Case {
            name: "embedding (repeats, an id past the table)".into(),
            inputs: vec![input(&[5, 3], 800, -1.0, 1.0)],
            gpu: Box::new(move |v: &[Var]| {
                let t = Tensor::from_u32(v[0].value().gpu(), &ids, &[7])?;
                v[0].embedding(&t)
            }),
            cpu: Box::new(move |x: &[Vec<f64>]| {
                wgtrain::kernels::codebook::cpu::gather_rows(&x[0], &ids_cpu, 3)
            }),
            second_order: false,
        },
        Case {
            name: "lstm_layer".into(),
            inputs: vec![
                input(&[b, t, i], 810, -1.0, 1.0),
                input(&[4 * h, i], 811, -0.5, 0.5),
                input(&[4 * h, h], 812, -0.5, 0.5),
                input(&[4 * h], 813, -0.5, 0.5),
                input(&[4 * h], 814, -0.5, 0.5),
            ],
            gpu: Box::new(|v: &[Var]| v[0].lstm_layer(&v[1], &v[2], &v[3], &v[4])),
            cpu: Box::new(move |x: &[Vec<f64>]| {
                lstm::cpu::lstm_forward(&x[0], &x[1], &x[2], &x[3], &x[4], b, t, i, h).0
            }),
            second_order: false,
        },
        Case {
            name: "self_attention fused (causal + padding mask, 1 head of 4)".into(),
            inputs: vec![input(&[2, 3, 3 * 4], 850, -1.0, 1.0)],
            gpu: Box::new(|v: &[Var]| {
                let m = small_attention_mask();
                v[0].self_attention_fused(
                    1,
                    Some(&Tensor::from_f32(v[0].value().gpu(), &m, &[2, 3, 3])?),
                    None,
                )
            }),
            cpu: Box::new(|x: &[Vec<f64>]| {
                let m: Vec<f64> = small_attention_mask().iter().map(|&v| v as f64).collect();
                wgtrain::autograd::attention::cpu::self_attention(&x[0], 2, 3, 4, 1, Some(&m))
            }),
            second_order: false,
        },
        Case {
            name: "self_attention_composed (causal + padding mask)".into(),
            inputs: vec![input(&[2, 3, 3 * 4], 850, -1.0, 1.0)],
            gpu: Box::new(|v: &[Var]| {
                let m = small_attention_mask();
                v[0].self_attention_composed(
                    2,
                    Some(&Tensor::from_f32(v[0].value().gpu(), &m, &[2, 3, 3])?),
                    None,
                )
            }),
            cpu: Box::new(|x: &[Vec<f64>]| {
                let m: Vec<f64> = small_attention_mask().iter().map(|&v| v as f64).collect();
                wgtrain::autograd::attention::cpu::self_attention(&x[0], 2, 3, 4, 2, Some(&m))
            }),
            second_order: true,
        },
        Case {
            // the fused kernels with dropout on the weights, one head of width 4, T = 5
            name: "self_attention fused (dropout 0.3, 1 head of 4)".into(),
            inputs: vec![input(&[2, 5, 3 * 4], 860, -1.0, 1.0)],
            gpu: Box::new(|v: &[Var]| {
                v[0].self_attention_fused(1, None, Some((0.3, attention_drop_key())))
            }),
            cpu: Box::new(|x: &[Vec<f64>]| {
                let s = wgtrain::kernels::attention::AttentionShape {
                    batch: 2,
                    steps: 5,
                    heads: 1,
                    head_dim: 4,
                };
                wgtrain::kernels::attention::cpu::forward(
                    &x[0],
                    s,
                    None,
                    Some((0.3f32 as f64, attention_drop_key())),
                )
                .0
            }),
            second_order: false,
        },
        Case {
            name: "batch_norm (training, [N, C, L])".into(),
            inputs: vec![
                input(&[3, 2, 4], 870, -2.0, 2.0),
                input(&[2], 871, 0.5, 1.5),
                input(&[2], 872, -0.5, 0.5),
            ],
            gpu: Box::new(|v: &[Var]| {
                let gpu = v[0].value().gpu();
                let (rm, rv) = (
                    Tensor::from_f32(gpu, &[0.0; 2], &[2])?,
                    Tensor::from_f32(gpu, &[1.0; 2], &[2])?,
                );
                v[0].batch_norm(&v[1], &v[2], &rm, &rv, 0.1, 1e-5, true)
            }),
            cpu: Box::new(|x: &[Vec<f64>]| {
                wgtrain::autograd::norm::cpu::batch_norm_train(
                    &x[0], &x[1], &x[2], &[0.0; 2], &[1.0; 2], 3, 4, 0.1, 1e-5,
                )
                .0
            }),
            second_order: true,
        },
        Case {
            name: "sobel_edges (eps 1e-6)".into(),
            inputs: vec![input(&[2, 3, 4, 5], 890, 0.0, 1.0)],
            gpu: Box::new(|v: &[Var]| v[0].sobel_edges(1e-6)),
            cpu: Box::new(|x: &[Vec<f64>]| {
                wgtrain::autograd::vision::cpu::sobel_edges(&x[0], 2, 4, 5, 1e-6f32 as f64)
            }),
            second_order: true,
        },
        Case {
            name: "total_variation".into(),
            inputs: vec![input(&[2, 2, 3, 4], 891, -1.0, 1.0)],
            gpu: Box::new(|v: &[Var]| v[0].total_variation()),
            cpu: Box::new(|x: &[Vec<f64>]| {
                let at =
                    |b: usize, c: usize, i: usize, j: usize| x[0][((b * 2 + c) * 3 + i) * 4 + j];
                let mut s = 0.0;
                for b in 0..2 {
                    for c in 0..2 {
                        for i in 0..3 {
                            for j in 0..4 {
                                if i + 1 < 3 {
                                    s += (at(b, c, i + 1, j) - at(b, c, i, j)).powi(2);
                                }
                                if j + 1 < 4 {
                                    s += (at(b, c, i, j + 1) - at(b, c, i, j)).powi(2);
                                }
                            }
                        }
                    }
                }
                vec![s / 48.0]
            }),
            second_order: true,
        },
        Case {
            name: "cosine_similarity".into(),
            inputs: vec![
                input(&[3, 4], 892, -1.0, 1.0),
                input(&[3, 4], 893, -1.0, 1.0),
            ],
            gpu: Box::new(|v: &[Var]| v[0].cosine_similarity(&v[1], 1e-8)),
            cpu: Box::new(|x: &[Vec<f64>]| {
                wgtrain::autograd::vision::cpu::cosine_similarity(&x[0], &x[1], 4, 1e-8)
            }),
            second_order: true,
        },
        Case {
            name: "swap_middle".into(),
            inputs: vec![input(&[2, 3, 4, 2], 860, -1.0, 1.0)],
            gpu: Box::new(|v: &[Var]| v[0].swap_middle(2, 3, 4, 2)),
            cpu: Box::new(|x: &[Vec<f64>]| ew::swap_middle(&x[0], 2, 3, 4, 2)),
            second_order: true,
        },
        Case {
            name: "dropout".into(),
            inputs: vec![input(&[4, 9], 840, -2.0, 2.0)],
            gpu: Box::new(|v: &[Var]| v[0].dropout(0.3, drop_key())),
            cpu: Box::new(|x: &[Vec<f64>]| {
                wgtrain::kernels::random::cpu::dropout(&x[0], 0.3f32 as f64, drop_key())
            }),
            second_order: true,
        },
        Case {
            name: "layer_norm".into(),
            inputs: vec![
                input(&[3, 5], 830, -2.0, 2.0),
                input(&[5], 831, 0.5, 1.5),
                input(&[5], 832, -0.5, 0.5),
            ],
            gpu: Box::new(|v: &[Var]| v[0].layer_norm(&v[1], &v[2], 1e-5)),
            cpu: Box::new(|x: &[Vec<f64>]| {
                wgtrain::kernels::layer_norm::cpu::layer_norm(&x[0], &x[1], &x[2], 1e-5).0
            }),
            second_order: false,
        },
        Case {
            name: "gru_layer".into(),
            inputs: vec![
                input(&[b, t, i], 820, -1.0, 1.0),
                input(&[3 * h, i], 821, -0.5, 0.5),
                input(&[3 * h, h], 822, -0.5, 0.5),
                input(&[3 * h], 823, -0.5, 0.5),
                input(&[3 * h], 824, -0.5, 0.5),
            ],
            gpu: Box::new(|v: &[Var]| v[0].gru_layer(&v[1], &v[2], &v[3], &v[4])),
            cpu: Box::new(move |x: &[Vec<f64>]| {
                gru::cpu::gru_forward(&x[0], &x[1], &x[2], &x[3], &x[4], b, t, i, h)
            }),
            second_order: false,
        },
    ]
}

/// The attention cases' mask: 2 sequences of 3, causal, the second one's last key padded.
fn small_attention_mask() -> Vec<f32> {
    wgtrain::autograd::attention_mask(2, 3, true, Some(&[false, false, false, false, false, true]))
}

fn attention_drop_key() -> wgtrain::kernels::random::RngKey {
    wgtrain::kernels::random::RngKey {
        seed: 77,
        stream: 5,
        offset: 3,
    }
}

fn run(cases: Vec<Case>) {
    let gpu = common::gpu();
    let mut failures = vec![];
    for c in cases {
        let first: Report = check_first_order(gpu, &c.inputs, &c.gpu, &c.cpu, FIRST_ORDER).unwrap();
        if !first.passed() {
            failures.push(format!("{} (first order): {:?}", c.name, first.failures));
        }
        if c.second_order {
            let second = check_second_order(gpu, &c.inputs, &c.gpu, &c.cpu, SECOND_ORDER).unwrap();
            if !second.passed() {
                failures.push(format!("{} (second order): {:?}", c.name, second.failures));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn sequence_rules() {
    run(sequence_cases());
}

#[test]
fn batch_norm_running_statistics_follow_pytorch() {
    // Running mean/var move by the momentum towards the batch mean and the unbiased variance;
    // evaluation then normalises with them.
    let gpu = common::gpu();
    let (n, c, l) = (4, 3, 5);
    let x = test_data(880, n * c * l, -2.0, 3.0);
    let w = vec![1.0, 0.5, 2.0];
    let b = vec![0.0, 0.1, -0.2];
    let up = |v: &[f64], s: &[usize]| {
        Tensor::from_f32(gpu, &v.iter().map(|&a| a as f32).collect::<Vec<_>>(), s).unwrap()
    };
    let (rm, rv) = (up(&[0.5, 0.0, -1.0], &[c]), up(&[1.0, 2.0, 0.5], &[c]));
    let xv = Var::constant(up(&x, &[n, c, l]));
    let (wv, bv) = (Var::param(up(&w, &[c])), Var::param(up(&b, &[c])));
    let y = xv.batch_norm(&wv, &bv, &rm, &rv, 0.1, 1e-5, true).unwrap();
    let (ry, rrm, rrv) = wgtrain::autograd::norm::cpu::batch_norm_train(
        &x,
        &w,
        &b,
        &[0.5, 0.0, -1.0],
        &[1.0, 2.0, 0.5],
        n,
        l,
        0.1,
        1e-5,
    );
    let close = |a: &[f32], r: &[f64], what: &str| {
        for (g, e) in a.iter().zip(r) {
            assert!(
                (*g as f64 - e).abs() <= 1e-5 * (1.0 + e.abs()),
                "{what}: {g} vs {e}"
            );
        }
    };
    close(&y.value().to_f32().unwrap(), &ry, "output");
    close(&rm.to_f32().unwrap(), &rrm, "running_mean");
    close(&rv.to_f32().unwrap(), &rrv, "running_var");
    // eval: (x − rm) / sqrt(rv + eps) · w + b, statistics untouched
    let ye = xv
        .batch_norm(&wv, &bv, &rm, &rv, 0.1, 1e-5, false)
        .unwrap()
        .value()
        .to_f32()
        .unwrap();
    let want: Vec<f64> = (0..n * c * l)
        .map(|i| {
            let ch = (i / l) % c;
            (x[i] - rrm[ch]) / (rrv[ch] + 1e-5).sqrt() * w[ch] + b[ch]
        })
        .collect();
    close(&ye, &want, "eval output");
    close(&rm.to_f32().unwrap(), &rrm, "running_mean after eval");
}

#[test]
fn sobel_without_eps_gives_pytorchs_nan_gradient_on_flat_images() {
    // The seed's edge loss: √ at 0 has an infinite derivative; eps under the root is the fix.
    let gpu = common::gpu();
    let x = Var::param(Tensor::from_f32(gpu, &[0.5; 3 * 16], &[1, 3, 4, 4]).unwrap());
    for (eps, nan) in [(0.0, true), (1e-6, false)] {
        let loss = x.sobel_edges(eps).unwrap().mean().unwrap();
        let g = backward(&loss, &[&x]).unwrap()[0]
            .as_ref()
            .unwrap()
            .value()
            .to_f32()
            .unwrap();
        assert_eq!(g.iter().any(|v| v.is_nan()), nan, "eps {eps}");
    }
}

#[test]
fn cosine_matrix_is_the_pairwise_cosine_similarity() {
    let gpu = common::gpu();
    let x = test_data(895, 12, -1.0, 1.0);
    let xv = Var::constant(
        Tensor::from_f32(
            gpu,
            &x.iter().map(|&v| v as f32).collect::<Vec<_>>(),
            &[3, 4],
        )
        .unwrap(),
    );
    let m = xv.cosine_matrix(1e-8).unwrap().value().to_f32().unwrap();
    for i in 0..3 {
        for j in 0..3 {
            let r = wgtrain::autograd::vision::cpu::cosine_similarity(
                &x[i * 4..i * 4 + 4],
                &x[j * 4..j * 4 + 4],
                4,
                1e-8,
            )[0];
            assert!(
                (m[i * 3 + j] as f64 - r).abs() < 1e-6,
                "({i}, {j}): {} vs {r}",
                m[i * 3 + j]
            );
        }
    }
}

#[test]
fn sequence_rules_refuse_second_order() {
    // First-order rules must say so rather than return a gradient without a graph.
    let gpu = common::gpu();
    let w = Var::param(Tensor::from_f32(gpu, &[0.5, -1.0, 2.0, 0.25], &[2, 2]).unwrap());
    let ids = Tensor::from_u32(gpu, &[1, 0, 1], &[3]).unwrap();
    let loss = w.embedding(&ids).unwrap().square().unwrap().sum().unwrap();
    let err = wgtrain::autograd::backward_with_graph(&loss, &[&w]).unwrap_err();
    assert!(err.to_string().contains("second-order"), "{err}");
    assert!(wgtrain::autograd::backward(&loss, &[&w]).unwrap()[0].is_some());
}

#[test]
fn unary_rules() {
    run(unary_cases());
}
#[test]
fn binary_rules() {
    run(binary_cases());
}
#[test]
fn matmul_rules() {
    run(matmul_cases());
}
#[test]
fn reduce_rules() {
    run(reduce_cases());
}
#[test]
fn conv_rules() {
    run(conv_cases());
}
#[test]
fn softmax_and_cross_entropy_rules() {
    run(softmax_cases());
}

#[test]
fn gradcheck_catches_a_wrong_rule() {
    // The check must be able to fail: pair exp's GPU op with the CPU twin of 2·exp.
    let gpu = common::gpu();
    let inputs = vec![input(&[4], 1, -1.0, 1.0)];
    let report = check_first_order(
        gpu,
        &inputs,
        |v: &[Var]| v[0].exp(),
        |x: &[Vec<f64>]| x[0].iter().map(|v| 2.0 * v.exp()).collect(),
        FIRST_ORDER,
    )
    .unwrap();
    assert!(!report.passed());
}

#[test]
fn second_order_check_catches_a_wrong_rule() {
    let gpu = common::gpu();
    let inputs = vec![input(&[4], 2, -1.0, 1.0)];
    let report = check_second_order(
        gpu,
        &inputs,
        |v: &[Var]| v[0].exp(),
        |x: &[Vec<f64>]| x[0].iter().map(|v| 2.0 * v.exp()).collect(),
        SECOND_ORDER,
    )
    .unwrap();
    assert!(!report.passed());
}

#[test]
fn fused_attention_equals_the_composed_one_with_mask_and_dropout() {
    let gpu = common::gpu();
    let (b, t, heads, dh) = (3, 9, 2, 8);
    let d = heads * dh;
    let x = wgtrain::autograd::gradcheck::test_data(870, b * t * 3 * d, -1.0, 1.0);
    let x: Vec<f32> = x.iter().map(|&v| v as f32).collect();
    let pad: Vec<bool> = (0..b * t).map(|i| i % t >= 7).collect();
    let m = wgtrain::autograd::attention_mask(b, t, true, Some(&pad));
    let mask = Tensor::from_f32(gpu, &m, &[b, t, t]).unwrap();
    let go = Var::constant(Tensor::from_f32(gpu, &x[..b * t * d], &[b, t, d]).unwrap());
    let drop = Some((0.25, attention_drop_key()));
    let run = |fused: bool| {
        let v = Var::param(Tensor::from_f32(gpu, &x, &[b, t, 3 * d]).unwrap());
        let y = if fused {
            v.self_attention_fused(heads, Some(&mask), drop)
        } else {
            v.self_attention_composed(heads, Some(&mask), drop)
        }
        .unwrap();
        let loss = y.mul(&go).unwrap().sum().unwrap();
        let g = wgtrain::autograd::backward(&loss, &[&v]).unwrap();
        (
            y.value().to_f32().unwrap(),
            g[0].as_ref().unwrap().value().to_f32().unwrap(),
        )
    };
    let ((yf, gf), (yc, gc)) = (run(true), run(false));
    // both are f32 sums of ≤ 10-term dot products and 9-term weighted sums of values in
    // [-1, 1]: a few ulps of 1 apart at most
    for (a, c) in yf.iter().zip(&yc).chain(gf.iter().zip(&gc)) {
        assert!((a - c).abs() < 1e-5, "{a} vs {c}");
    }
    assert!(yf.iter().any(|v| *v != 0.0) && gf.iter().any(|v| *v != 0.0));
}
