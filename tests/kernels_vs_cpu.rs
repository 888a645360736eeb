//! Every kernel against its CPU twin, at representative, awkward and seeded random shapes.
//! The bounds live in `wgtrain::check` (one source for these tests and `wgtrain check`).

mod common;
use wgtrain::check;

/// Every family in `check::CHECKS` at two seeds: each must give cases and pass them all. The
/// failures are gathered per kernel, so one run names every kernel that is off.
#[test]
fn every_kernel_matches_its_twin() {
    let mut failures = vec![];
    for c in check::CHECKS {
        for seed in [1u64, 2] {
            match (c.run)(common::gpu(), seed) {
                Err(e) => failures.push(format!("{} seed {seed} did not run: {e}", c.name)),
                Ok(rows) if rows.is_empty() => failures.push(format!("{}: no cases", c.name)),
                Ok(rows) => {
                    let failed: Vec<_> = rows.iter().filter(|r| !r.pass).collect();
                    if !failed.is_empty() {
                        failures.push(format!("{} seed {seed} failed: {failed:#?}", c.name));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `--kernel NAME` runs that family alone.
#[test]
fn a_filter_runs_one_family() {
    let rows = check::run(common::gpu(), Some("sgd"), 3).unwrap();
    assert!(!rows.is_empty() && rows.iter().all(|r| r.kernel == "sgd"));
    assert!(check::run(common::gpu(), Some("no_such_kernel"), 3)
        .unwrap()
        .is_empty());
}

/// `check` runs every variant the adapter can run: each must show up in the table or in the
/// list of variants that cannot run here, with a reason.
#[test]
fn every_variant_is_checked_or_named_with_a_reason() {
    use wgtrain::kernels::conv::ConvVariant;
    use wgtrain::kernels::matmul::Variant;
    let gpu = common::gpu();
    let mut rows = check::run(gpu, Some("matmul"), 1).unwrap();
    rows.extend(check::run(gpu, Some("conv"), 1).unwrap());
    rows.extend(check::run(gpu, Some("codebook"), 1).unwrap());
    rows.extend(check::run(gpu, Some("elementwise_f16"), 1).unwrap());
    let not_run = check::variants_not_run(gpu);
    let named = |prefix: &str| {
        rows.iter().any(|r| r.kernel.starts_with(prefix))
            || not_run
                .iter()
                .any(|(k, why)| k.starts_with(prefix) && !why.is_empty())
    };
    for v in Variant::ALL {
        assert!(named(&format!("matmul/{}", v.name())), "matmul {v:?}");
        let f16 = format!("matmul_f16/{}", v.name());
        assert!(named(&f16), "matmul with f16 operands {v:?}");
        let code = format!("codebook/nearest_code/{}", v.name());
        assert!(named(&code), "codebook {v:?}");
    }
    assert!(
        named("elementwise_f16/"),
        "element-wise maps with f16 operands"
    );
    for v in ConvVariant::ALL {
        // f32 operands, and f16 operands (mixed precision)
        for family in ["conv", "conv_f16"] {
            let checked = [
                "conv2d_forward",
                "conv2d_backward_input",
                "conv2d_backward_weight",
            ]
            .iter()
            .all(|op| named(&format!("{family}/{op}/{}", v.name())));
            assert!(
                checked || named(&format!("{family}/{}", v.name())),
                "{family} {v:?}"
            );
        }
    }
}

/// A forced variant that cannot run these shapes is an error naming the variant and why.
#[test]
fn a_forced_variant_that_cannot_run_says_why() {
    use wgtrain::gpu::Tensor;
    use wgtrain::kernels::matmul::{matmul_with, Variant};
    let gpu = common::gpu();
    let a = Tensor::from_f32(gpu, &[1.0; 64 * 3], &[64, 3]).unwrap();
    let b = Tensor::from_f32(gpu, &[1.0; 3 * 5], &[3, 5]).unwrap();
    let err = matmul_with(&a, &b, false, false, Variant::Vec4)
        .unwrap_err()
        .to_string();
    assert!(err.contains("vec4") && err.contains("K % 4 == 0"), "{err}");
    let err = matmul_with(&a, &b, false, false, Variant::TiledSmallM)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("tiled_small_m") && err.contains("M <= 32"),
        "{err}"
    );
    // and the variants that can run it agree with each other exactly where they should
    let general = matmul_with(&a, &b, false, false, Variant::General).unwrap();
    assert_eq!(general.to_f32().unwrap(), vec![3.0; 64 * 5]);
}

/// A workgroup-memory kernel with a deliberate race: each invocation writes its slot and
/// reads its left neighbour's with no barrier between. Run under every lane order, at least
/// one order must give wrong rows (on lavapipe the launch order happens to be right, which is
/// why the orders exist): the renumbering can expose a race.
#[test]
fn a_missing_barrier_shows_under_some_lane_order() {
    use wgtrain::gpu::{Dispatch, Shader, Tensor};
    static RACY: Shader = Shader {
        name: "racy_neighbour",
        source: "@group(0) @binding(0) var<uniform> p: vec4<u32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
var<workgroup> t: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn racy(@builtin(local_invocation_index) li: u32) {
  t[li] = -1.0;
  workgroupBarrier();
  t[li] = f32(li + p.x);
  out[li] = t[max(li, 1u) - 1u];  // the left neighbour's value, unsynchronised
}",
    };
    let gpu = wgtrain::Gpu::from_env().unwrap(); // its own device: the order is per device
    let expected: Vec<f32> = (0..64u32).map(|i| (i.max(1) - 1 + 5) as f32).collect();
    let mut wrong_rows = vec![];
    for order in 0..4 {
        gpu.set_lane_order(order).unwrap();
        let out = Tensor::from_f32(&gpu, &[0.0; 64], &[64]).unwrap();
        gpu.dispatch(
            "racy",
            Dispatch {
                shader: &RACY,
                entry: "racy",
                constants: &[],
                params: &[5, 0, 0, 0],
                buffers: &[(1, &out)],
                grid: [1, 1, 1],
            },
        )
        .unwrap();
        let got = out.to_f32().unwrap();
        wrong_rows.push(got.iter().zip(&expected).filter(|(g, e)| g != e).count());
    }
    assert!(
        wrong_rows.iter().any(|&w| w > 0),
        "no lane order exposed the race (wrong rows per order: {wrong_rows:?})"
    );
}

/// The GPU tilings (workgroup memory, barriers) give the same bits under every lane order, at
/// awkward shapes, both transposes, a batch: none of them depends on the order in which a
/// driver runs its invocations (see `kernels::with_lane_order`).
#[test]
fn the_gpu_tilings_give_the_same_bits_under_every_lane_order() {
    use wgtrain::gpu::Tensor;
    use wgtrain::kernels::conv::{self, ConvGeom, ConvVariant, Padding};
    use wgtrain::kernels::epilogue::Epilogue;
    use wgtrain::kernels::{codebook, matmul, matmul::Variant};
    let gpu = wgtrain::Gpu::from_env().unwrap();
    let mut seed = 7u64;
    let mut data = |n: usize| -> Vec<f32> {
        seed += 1;
        let v = wgtrain::autograd::gradcheck::test_data(seed, n, -1.0, 1.0);
        v.iter().map(|&x| x as f32).collect()
    };
    let t = |v: &[f32], shape: &[usize]| Tensor::from_f32(&gpu, v, shape).unwrap();
    // (variant, batch, m, k, n): ragged edges everywhere; the 64-aligned one takes `_vec4`
    let products = [
        (Variant::Tiled128, 2, 130, 19, 131),
        (Variant::Tiled64, 1, 67, 33, 65),
        (Variant::Tiled64, 2, 64, 36, 68),
        (Variant::TiledSmallM, 3, 5, 70, 67),
    ];
    let mut inputs = vec![];
    for &(variant, batch, m, k, n) in &products {
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            let a = t(
                &data(batch * m * k),
                &[batch, if ta { k } else { m }, if ta { m } else { k }],
            );
            let b = t(
                &data(batch * k * n),
                &[batch, if tb { n } else { k }, if tb { k } else { n }],
            );
            inputs.push((variant, a, b, ta, tb));
        }
    }
    let geometries = [
        ConvGeom::conv2d(2, 3, 9, 7, 3, 3, 2, Padding::Symmetric(1)).unwrap(),
        ConvGeom::conv2d(1, 8, 10, 10, 4, 4, 2, Padding::Symmetric(1)).unwrap(),
    ];
    let convs: Vec<_> = geometries
        .iter()
        .map(|g| {
            let o = 5;
            let x = t(&data(g.n * g.c * g.h * g.w), &g.image_shape());
            let w = t(&data(o * g.c * g.kh * g.kw), &[o, g.c, g.kh, g.kw]);
            let dy = t(&data(g.n * o * g.ho * g.wo), &[g.n, o, g.ho, g.wo]);
            (g, x, w, dy)
        })
        .collect();
    let queries = t(&data(70 * 19), &[70, 19]);
    let codes = t(&data(130 * 19), &[130, 19]);
    // every result as bits, in one order
    let run = || -> Vec<Vec<u32>> {
        let bits = |r: Tensor| r.to_f32().unwrap().iter().map(|v| v.to_bits()).collect();
        let mut out: Vec<Vec<u32>> = inputs
            .iter()
            .map(|(v, a, b, ta, tb)| bits(matmul::matmul_with(a, b, *ta, *tb, *v).unwrap()))
            .collect();
        for (g, x, w, dy) in &convs {
            let v = ConvVariant::ImplicitTiled;
            out.push(bits(
                conv::conv2d_forward(x, w, g, Epilogue::NONE, v).unwrap(),
            ));
            out.push(bits(
                conv::conv2d_backward_input(dy, w, g, Epilogue::NONE, v).unwrap(),
            ));
            out.push(bits(conv::conv2d_backward_weight(x, dy, g, v).unwrap()));
        }
        out.push(
            codebook::nearest_code_with(&queries, &codes, Variant::Tiled64)
                .unwrap()
                .to_u32()
                .unwrap(),
        );
        out
    };
    let launched = run();
    for order in 1..4 {
        gpu.set_lane_order(order).unwrap();
        let renumbered = run();
        for (i, (a, b)) in launched.iter().zip(&renumbered).enumerate() {
            let differ = a.iter().zip(b).filter(|(x, y)| x != y).count();
            assert_eq!(
                differ, 0,
                "result {i} differs in {differ} values under lane order {order}"
            );
        }
    }
}

/// The tree reductions (sum, max, norm, softmax, the cross-entropy count) and the codebook
/// searches (their merges go through workgroup memory) pass their checks with their
/// invocations renumbered, as they do in launch order.
#[test]
fn the_reductions_pass_their_checks_under_every_lane_order() {
    let gpu = wgtrain::Gpu::from_env().unwrap(); // its own device: the order is per device
    for order in 1..4 {
        gpu.set_lane_order(order).unwrap();
        for family in [
            "reduce",
            "sum_keep_middle",
            "softmax",
            "cross_entropy",
            "codebook",
        ] {
            let rows = check::run(&gpu, Some(family), 1).unwrap();
            assert!(!rows.is_empty(), "{family}: no cases");
            let failed: Vec<_> = rows.iter().filter(|r| !r.pass).collect();
            assert!(
                failed.is_empty(),
                "{family}, lane order {order}: {failed:#?}"
            );
        }
    }
}
