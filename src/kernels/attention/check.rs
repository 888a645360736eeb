//! `wgtrain check` for the attention family: its cases against the f64 twins, with the error
//! bounds their arithmetic allows.

use crate::check::*;
use crate::error::Result;
use crate::gpu::{Gpu, Tensor};
use crate::kernels::to_f64;

/// Dropout: the same Threefry bits on both sides, so the mask must agree exactly; kept values
/// differ only by the rounding of x / (1 − p) against x · fl(1 / (1 − p)): 2 ulp.
/// The fused attention kernels against their f64 twin. Scales: the scores carry a dot-product
/// error of about head_dim·U·Σ|q·k|/√dh, which the softmax turns into that relative error of
/// the weights; the weighted sums add t·U more. So the output is compared with
/// max|v|·(1 + max score magnitude), and each gradient with the sums of |terms| that form it
/// (A_ij = p_ij(|dp_ij| + Σ_k p_ik|dp_ik|)/√dh·(1 + scores), then A·|k|, Aᵀ·|q|, p'ᵀ·|dO|);
/// bound (head_dim + 2t + 16)·U·2.
///
/// With f16 qkv (mixed precision) the twin gets the rounded values and the kernels' arithmetic
/// is the same f32 (a product of two f16 is exact in f32), so the bounds are the same.
pub(crate) fn check_attention(gpu: &Gpu, seed: u64) -> Result<Vec<CheckRow>> {
    let mut rows = attention_rows(gpu, seed, false)?;
    if gpu.f16_reason().is_none() {
        rows.extend(attention_rows(gpu, seed, true)?);
    }
    rows.push(params_layout::<crate::kernels::attention::AttentionParams>(
        "attention",
        &crate::kernels::attention::SHADER,
        "Params",
    )?);
    rows.push(params_layout::<crate::kernels::attention::AttentionParams>(
        "attention_f16",
        &crate::kernels::attention::F16_SHADER,
        "Params",
    )?);
    Ok(rows)
}

fn attention_rows(gpu: &Gpu, seed: u64, f16: bool) -> Result<Vec<CheckRow>> {
    use crate::kernels::attention::{attention_backward, attention_forward, cpu, AttentionShape};
    use crate::kernels::matmul::check::operand;
    let family = if f16 { "attention_f16" } else { "attention" };
    use crate::kernels::random::RngKey;
    let mut rows = vec![];
    let shapes = [
        (1, 1, 1, 4, false, 0.0f32),
        (2, 5, 1, 4, true, 0.0),
        (3, 65, 3, 12, true, 0.2),
        (8, 49, 8, 64, true, 0.1),
        (1, 70, 2, 68, false, 0.5),
    ];
    for (k, &(b, t, heads, dh, masked, p)) in shapes.iter().enumerate() {
        let s = AttentionShape {
            batch: b,
            steps: t,
            heads,
            head_dim: dh,
        };
        let d = heads * dh;
        let sd = seed + 1700 + 10 * k as u64;
        let qkv: Vec<f32> = data(sd, b * t * 3 * d, -1.0, 1.0)
            .into_iter()
            .map(|v| {
                if f16 {
                    crate::gpu::half::round_to_f16(v)
                } else {
                    v
                }
            })
            .collect();
        let go = data(sd + 1, b * t * d, -1.0, 1.0);
        let pad: Vec<bool> = (0..b * t).map(|i| i % t >= t - t / 4).collect();
        let mask = crate::autograd::attention_mask(b, t, true, Some(&pad));
        let drop = (p > 0.0).then_some((
            p,
            RngKey {
                seed: sd,
                stream: 3,
                offset: 11,
            },
        ));
        let drop64 = drop.map(|(p, key)| (p as f64, key));
        let qt = operand(gpu, &qkv, &[b, t, 3 * d], f16)?;
        let mt = Tensor::from_f32(gpu, &mask, &[b, t, t])?;
        let m = masked.then_some(&mt);
        let (out, probs) = attention_forward(&qt, heads, m, drop)?;
        let (qd, god) = (to_f64(&qkv), to_f64(&go));
        let md = to_f64(&mask);
        let (rout, rprobs) = cpu::forward(&qd, s, masked.then_some(&md[..]), drop64);
        let gq = attention_backward(
            &qt,
            &probs,
            &Tensor::from_f32(gpu, &go, &[b, t, d])?,
            heads,
            drop,
        )?;
        let rg = cpu::backward(&qd, &rprobs, &god, s, drop64);
        // scales
        let keep = 1.0 / (1.0 - p as f64);
        let at = |bb: usize, pos: usize, block: usize, h: usize, e: usize| {
            qd[(bb * t + pos) * 3 * d + block * d + h * dh + e]
        };
        let rs = 1.0 / (dh as f64).sqrt();
        let vmax = (0..b * t * 3 * d)
            .filter(|i| (i % (3 * d)) >= 2 * d)
            .fold(0.0f64, |a, i| a.max(qd[i].abs()));
        let gmax = god.iter().fold(0.0f64, |a, v| a.max(v.abs()));
        let mut cond = vec![1.0f64; s.rows()];
        let mut amat = vec![0.0f64; s.rows() * t];
        for h in 0..heads {
            for bb in 0..b {
                for i in 0..t {
                    let row = (h * b + bb) * t + i;
                    let mut c = 0.0f64;
                    for j in 0..t {
                        let sum: f64 = (0..dh)
                            .map(|e| (at(bb, i, 0, h, e) * at(bb, j, 1, h, e)).abs())
                            .sum();
                        c = c.max(sum * rs);
                    }
                    cond[row] = 1.0 + c;
                    let dp: Vec<f64> = (0..t)
                        .map(|j| {
                            keep * (0..dh)
                                .map(|e| {
                                    (god[(bb * t + i) * d + h * dh + e] * at(bb, j, 2, h, e)).abs()
                                })
                                .sum::<f64>()
                        })
                        .collect();
                    let tot: f64 = (0..t).map(|j| rprobs[row * t + j] * dp[j]).sum();
                    for j in 0..t {
                        amat[row * t + j] = rprobs[row * t + j] * (dp[j] + tot) * rs * cond[row];
                    }
                }
            }
        }
        let out_scale: Vec<f64> = (0..b * t * d)
            .map(|i| {
                let (bb, pos, h) = (i / (t * d), (i / d) % t, (i % d) / dh);
                vmax * keep * cond[(h * b + bb) * t + pos]
            })
            .collect();
        let mut g_scale = vec![0.0f64; qd.len()];
        for h in 0..heads {
            for bb in 0..b {
                for i in 0..t {
                    let row = (h * b + bb) * t + i;
                    for j in 0..t {
                        let a = amat[row * t + j];
                        for e in 0..dh {
                            g_scale[(bb * t + i) * 3 * d + h * dh + e] +=
                                a * at(bb, j, 1, h, e).abs();
                            g_scale[(bb * t + j) * 3 * d + d + h * dh + e] +=
                                a * at(bb, i, 0, h, e).abs();
                            g_scale[(bb * t + j) * 3 * d + 2 * d + h * dh + e] +=
                                rprobs[row * t + j] * keep * cond[row] * gmax;
                        }
                    }
                }
            }
        }
        let bound = (dh + 2 * t + 16) as f64 * U * 2.0;
        let shape = format!(
            "B{b} T{t} H{heads} dh{dh}{}{}",
            if masked { " mask" } else { "" },
            if p > 0.0 {
                format!(" drop {p}")
            } else {
                String::new()
            }
        );
        rows.push(compare(
            &format!("{family}/forward"),
            shape.clone(),
            &out.to_f32()?,
            &rout,
            &out_scale,
            bound,
        ));
        let w_scale: Vec<f64> = (0..rprobs.len())
            .map(|i| rprobs[i].max(1e-30) * cond[i / t])
            .collect();
        rows.push(compare(
            &format!("{family}/weights"),
            shape.clone(),
            &probs.probs.to_f32()?,
            &rprobs,
            &w_scale,
            bound,
        ));
        let g_scale: Vec<f64> = g_scale.iter().map(|v| v.max(1e-30)).collect();
        rows.push(compare(
            &format!("{family}/backward dqkv"),
            shape,
            &gq.to_f32()?,
            &rg,
            &g_scale,
            bound,
        ));
    }
    Ok(rows)
}
