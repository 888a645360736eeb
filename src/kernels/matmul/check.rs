//! `wgtrain check` for the matmul family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::half::{round_to_f16, F16_UNIT_ROUNDOFF};
use crate::gpu::{Gpu, Tensor};
use crate::kernels::matmul::Variant;
use crate::kernels::{matmul, to_f64};

/// Every matmul check.
pub(crate) fn check_matmul_all(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = vec![];
    for f16 in [false, true] {
        if f16 && gpu.f16_reason().is_some() {
            continue; // listed among the variants this adapter cannot run
        }
        rows.extend(check_matmul(gpu, seed, f16)?);
        rows.extend(check_matmul_epilogue(gpu, seed, f16)?);
    }
    rows.push(params_layout::<crate::kernels::matmul::MatmulParams>(
        "matmul",
        &crate::kernels::matmul::SHADER,
        "MatmulParams",
    )?);
    rows.push(params_layout::<crate::kernels::matmul::MatmulParams>(
        "matmul",
        &crate::kernels::matmul::SUBGROUP_SHADER,
        "MatmulParams",
    )?);
    rows.push(params_layout::<crate::kernels::matmul::MatmulParams>(
        "matmul",
        &crate::kernels::matmul::TILED_SHADER,
        "MatmulParams",
    )?);
    for shader in [
        &crate::kernels::matmul::COOP_SHADER,
        &crate::kernels::matmul::F16_SHADER,
        &crate::kernels::matmul::SUBGROUP_F16_SHADER,
        &crate::kernels::matmul::TILED_F16_SHADER,
    ] {
        rows.push(params_layout::<crate::kernels::matmul::MatmulParams>(
            "matmul_f16",
            shader,
            "MatmulParams",
        )?);
    }
    Ok(rows)
}

/// Operands as the kernels get them: f32, or rounded to f16 (mixed precision's operands) and
/// uploaded as F16 tensors.
pub(crate) fn operand(gpu: &Gpu, x: &[f32], shape: &[usize], f16: bool) -> Result<Tensor> {
    if f16 {
        Tensor::from_f32_as_f16(gpu, x, shape)
    } else {
        Tensor::from_f32(gpu, x, shape)
    }
}

/// The values an operand holds on the GPU (rounded to f16 for F16 operands).
fn held(x: &[f32], f16: bool) -> Vec<f32> {
    if f16 {
        x.iter().map(|&v| round_to_f16(v)).collect()
    } else {
        x.to_vec()
    }
}

/// Every variant at representative, awkward and seeded shapes, f32 or f16 operands. With f16
/// operands each product of two f16 values is exact in f32 (11 + 11 significant bits), so
/// against the twin on the rounded operands the bound is the f32 sum's, (K + 1)·U. A second row
/// compares with the product of the f32 operands before rounding: each operand's rounding adds
/// at most 2u₁₆ + u₁₆² of Σ|a||b| (u₁₆ = 2⁻¹¹), which is what mixed precision gives up.
pub(crate) fn check_matmul(gpu: &Gpu, seed: u64, f16: bool) -> Result<Vec<CheckRow>> {
    let family = if f16 { "matmul_f16" } else { "matmul" };
    let mut rows = vec![];
    let mut shapes = vec![
        (1, 1, 1, 1),
        (1, 7, 13, 5),
        (1, 33, 65, 17),
        (3, 31, 29, 37),
        (2, 64, 64, 64),
        (1, 256, 200, 300),
        (1, 128, 1, 257),
        // aligned but not multiples of the 64/128 tiles, for the vec4 and subgroup kernels
        (1, 4, 4, 4),
        (1, 36, 68, 20),
        (3, 12, 20, 8),
        (2, 132, 260, 36),
        // small M (the recurrent steps) over several K steps of the tiled kernels
        (2, 32, 132, 40),
        (3, 16, 68, 36),
        (1, 17, 300, 9),
    ];
    let mut s = seed | 1;
    for _ in 0..2 {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let d = |sh: u64| 1 + ((s >> sh) % 150) as usize;
        shapes.push((1 + ((s >> 60) % 3) as usize, d(10), d(20), d(30)));
    }
    for (k, &(batch, m, n, kk)) in shapes.iter().enumerate() {
        for (ta, tb, variant) in [(false, false), (false, true), (true, false), (true, true)]
            .into_iter()
            .flat_map(|(ta, tb)| Variant::ALL.map(|v| (ta, tb, v)))
        {
            if matmul::pick(gpu, variant, m, n, kk, ta, tb, f16) != Some(variant) {
                continue; // shapes this kernel does not take, or an adapter it cannot run on
            }
            // Shared (2-d) b for the first half of the batched cases.
            let shared_b = batch > 1 && k % 2 == 0;
            let a = data(seed + k as u64, batch * m * kk, -1.0, 1.0);
            let b = data(
                seed + 50 + k as u64,
                if shared_b { 1 } else { batch } * kk * n,
                -1.0,
                1.0,
            );
            let a_shape = if ta {
                vec![batch, kk, m]
            } else {
                vec![batch, m, kk]
            };
            let b_shape = if tb { vec![n, kk] } else { vec![kk, n] };
            let b_shape = if shared_b {
                b_shape
            } else {
                [vec![batch], b_shape].concat()
            };
            let out = matmul::matmul_with(
                &operand(gpu, &a, &a_shape, f16)?,
                &operand(gpu, &b, &b_shape, f16)?,
                ta,
                tb,
                variant,
            )?
            .to_f32()?;
            let twin = |a: &[f64], b: &[f64]| {
                matmul::cpu::matmul(a, b, batch, m, n, kk, ta, tb, false, shared_b)
            };
            let (ad, bd) = (to_f64(&held(&a, f16)), to_f64(&held(&b, f16)));
            let shape = format!(
                "{batch}x[{m}x{kk}]{}·[{kk}x{n}]{}{}",
                if ta { "ᵀ" } else { "" },
                if tb { "ᵀ" } else { "" },
                if shared_b { " shared b" } else { "" }
            );
            let kernel = format!("{family}/{}", variant.name());
            rows.push(compare(
                &kernel,
                shape.clone(),
                &out,
                &twin(&ad, &bd),
                &twin(&abs(&ad), &abs(&bd)),
                (kk + 1) as f64 * U,
            ));
            if f16 {
                let (a0, b0) = (to_f64(&a), to_f64(&b));
                let u16 = F16_UNIT_ROUNDOFF;
                rows.push(compare(
                    &kernel,
                    format!("{shape} vs f32 operands"),
                    &out,
                    &twin(&a0, &b0),
                    &twin(&abs(&a0), &abs(&b0)),
                    2.0 * u16 + u16 * u16 + (kk + 1) as f64 * U * (1.0 + u16).powi(2),
                ));
            }
        }
    }
    Ok(rows)
}

/// `act(a·bᵀ + bias)` (a Linear layer's shape), every matmul variant forced: fused into the
/// tiled kernels' store, separate kernels after the others. ReLU and LeakyReLU are 1-Lipschitz
/// and add at most one rounding, so the bound is the product's plus two (bias add, slope).
pub(crate) fn check_matmul_epilogue(gpu: &Gpu, seed: u64, f16: bool) -> Result<Vec<CheckRow>> {
    let family = if f16 {
        "matmul_epilogue_f16"
    } else {
        "matmul_epilogue"
    };
    use crate::kernels::epilogue::{Activation, Epilogue};
    let mut rows = vec![];
    for (t, &(m, n, k)) in [(1, 1, 1), (7, 5, 13), (33, 20, 36), (130, 68, 40)]
        .iter()
        .enumerate()
    {
        let (x, w, bias) = (
            data(seed + 700 + t as u64, m * k, -1.0, 1.0),
            data(seed + 720 + t as u64, n * k, -1.0, 1.0),
            data(seed + 740 + t as u64, n, -1.0, 1.0),
        );
        // the bias stays f32 with f16 operands
        let (xd, wd, bd) = (
            to_f64(&held(&x, f16)),
            to_f64(&held(&w, f16)),
            to_f64(&bias),
        );
        let (tx, tw, tb) = (
            operand(gpu, &x, &[m, k], f16)?,
            operand(gpu, &w, &[n, k], f16)?,
            Tensor::from_f32(gpu, &bias, &[n])?,
        );
        let (act, slope) = if t % 2 == 0 {
            (Activation::Relu, 0.0)
        } else {
            (Activation::LeakyRelu(0.2), 0.2)
        };
        let prod = matmul::cpu::matmul(&xd, &wd, 1, m, n, k, false, true, false, false);
        let reference: Vec<f64> = prod
            .iter()
            .enumerate()
            .map(|(i, v)| v + bd[i % n])
            .map(|v| if v > 0.0 { v } else { slope * v })
            .collect();
        let mut scale =
            matmul::cpu::matmul(&abs(&xd), &abs(&wd), 1, m, n, k, false, true, false, false);
        for (i, s) in scale.iter_mut().enumerate() {
            *s += bd[i % n].abs();
        }
        for v in Variant::ALL {
            if matmul::pick(gpu, v, m, n, k, false, true, f16) != Some(v) {
                continue;
            }
            let epi = Epilogue {
                bias: Some(&tb),
                act,
            };
            let y = matmul::matmul_epilogue_with(&tx, &tw, false, true, epi, v)?.to_f32()?;
            rows.push(compare(
                &format!("{family}/{}", v.name()),
                format!("[{m}x{k}]·[{n}x{k}]ᵀ +bias {act:?}"),
                &y,
                &reference,
                &scale,
                (k + 3) as f64 * U,
            ));
        }
    }
    Ok(rows)
}
