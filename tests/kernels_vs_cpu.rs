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
