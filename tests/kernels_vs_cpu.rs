//! Every kernel against its CPU twin, at representative, awkward and seeded random shapes.
//! The bounds live in `wgtrain::check` (one source for these tests and `wgtrain check`).

mod common;
use wgtrain::check;

fn assert_kernel(name: &str) {
    for seed in [1u64, 2] {
        let rows = check::run(common::gpu(), Some(name), seed).expect("kernel ran");
        assert!(!rows.is_empty(), "no cases for {name}");
        let failed: Vec<_> = rows.iter().filter(|r| !r.pass).collect();
        assert!(failed.is_empty(), "{name} seed {seed} failed: {failed:#?}");
    }
}

#[test]
fn unary() {
    assert_kernel("unary");
}
#[test]
fn binary() {
    assert_kernel("binary");
}
#[test]
fn broadcast() {
    assert_kernel("broadcast");
}
#[test]
fn expand_axis() {
    assert_kernel("expand_axis");
}
#[test]
fn narrow_pad() {
    assert_kernel("narrow_pad");
}
#[test]
fn reduce() {
    assert_kernel("reduce");
}
#[test]
fn sum_keep_middle() {
    assert_kernel("sum_keep_middle");
}
#[test]
fn matmul() {
    assert_kernel("matmul");
}
#[test]
fn conv() {
    assert_kernel("conv");
}
#[test]
fn codebook() {
    assert_kernel("codebook");
}
#[test]
fn pool() {
    assert_kernel("pool");
}
#[test]
fn vq_ema() {
    assert_kernel("vq_ema");
}
#[test]
fn softmax() {
    assert_kernel("softmax");
}
#[test]
fn cross_entropy() {
    assert_kernel("cross_entropy");
}
#[test]
fn random() {
    assert_kernel("random");
}
#[test]
fn multinomial() {
    assert_kernel("multinomial");
}
#[test]
fn sample_logits() {
    assert_kernel("sample_logits");
}

#[test]
fn lstm() {
    assert_kernel("lstm");
}

#[test]
fn gru() {
    assert_kernel("gru");
}

#[test]
fn layer_norm() {
    assert_kernel("layer_norm");
}

#[test]
fn attention() {
    assert_kernel("attention");
}

#[test]
fn batch_norm() {
    assert_kernel("batch_norm");
}

#[test]
fn sobel_edges() {
    assert_kernel("sobel_edges");
}

#[test]
fn cosine_similarity() {
    assert_kernel("cosine_similarity");
}

#[test]
fn dropout() {
    assert_kernel("dropout");
}

#[test]
fn swap_middle() {
    assert_kernel("swap_middle");
}

#[test]
fn embedding() {
    assert_kernel("embedding");
}

#[test]
fn adam() {
    assert_kernel("adam");
}
#[test]
fn sgd() {
    assert_kernel("sgd");
}
#[test]
fn clip_grad_norm() {
    assert_kernel("clip_grad_norm");
}

#[test]
fn peak() {
    assert_kernel("peak");
}

#[test]
fn every_kernel_name_has_cases() {
    for k in check::KERNELS {
        let rows = check::run(common::gpu(), Some(k), 5).unwrap();
        assert!(!rows.is_empty(), "{k}");
    }
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
    let not_run = check::variants_not_run(gpu);
    let named = |prefix: &str| {
        rows.iter().any(|r| r.kernel.starts_with(prefix))
            || not_run
                .iter()
                .any(|(k, why)| k.starts_with(prefix) && !why.is_empty())
    };
    for v in Variant::ALL {
        assert!(named(&format!("matmul/{}", v.name())), "matmul {v:?}");
        let code = format!("codebook/nearest_code/{}", v.name());
        assert!(named(&code), "codebook {v:?}");
    }
    for v in ConvVariant::ALL {
        let checked = [
            "conv2d_forward",
            "conv2d_backward_input",
            "conv2d_backward_weight",
        ]
        .iter()
        .all(|op| named(&format!("conv/{op}/{}", v.name())));
        assert!(
            checked || named(&format!("conv/{}", v.name())),
            "conv {v:?}"
        );
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
