//! Kernel families. Each module holds the launch functions (the only code that knows a
//! shader's bindings and grid) and a `cpu` submodule: the reference twin, plain loops in f64.

pub mod adam;
pub mod attention;
pub mod cast;
pub mod clip;
pub mod codebook;
pub mod conv;
pub mod cross_entropy;
pub mod elementwise;
pub mod embedding;
pub mod epilogue;
pub mod gru;
pub mod layer_norm;
pub mod lstm;
pub mod matmul;
pub mod peak;
pub mod pool;
pub mod random;
pub mod recurrent;
pub mod reduce;
pub mod sampling;
pub mod sgd;
pub mod softmax;
pub mod vq_ema;

use crate::gpu::{Gpu, Shader};

/// Every WGSL file, for the naga test and `wgtrain check`.
pub fn all_shaders() -> [&'static Shader; 39] {
    [
        &matmul::COOP_SHADER,
        &attention::F16_SHADER,
        &cast::SHADER,
        &conv::IMPLICIT_SUBGROUP_F16_SHADER,
        &conv::IMPLICIT_TILED_F16_SHADER,
        &conv::IMPLICIT_SUBGROUP_SHADER,
        &conv::IMPLICIT_TILED_SHADER,
        &conv::WEIGHTS_SHADER,
        &attention::SHADER,
        &vq_ema::SHADER,
        &pool::SHADER,
        &codebook::SHADER,
        &codebook::NEAREST_SHADER,
        &codebook::NEAREST_SUBGROUP_SHADER,
        &codebook::NEAREST_TILED_SHADER,
        &conv::SHADER,
        &lstm::SHADER,
        &gru::SHADER,
        &layer_norm::SHADER,
        &embedding::SHADER,
        &elementwise::SHADER,
        &elementwise::F16_A_SHADER,
        &elementwise::F16_B_SHADER,
        &elementwise::F16_AB_SHADER,
        &reduce::SHADER,
        &matmul::SHADER,
        &matmul::SUBGROUP_SHADER,
        &matmul::TILED_SHADER,
        &matmul::F16_SHADER,
        &matmul::SUBGROUP_F16_SHADER,
        &matmul::TILED_F16_SHADER,
        &peak::SHADER,
        &softmax::SHADER,
        &cross_entropy::SHADER,
        &random::SHADER,
        &sampling::SHADER,
        &adam::SHADER,
        &sgd::SHADER,
        &clip::SHADER,
    ]
}

/// Every variant of the kernel families that have them ("matmul", "conv", "codebook"; the
/// names `Gpu::force_variant` takes; and "elementwise_f16", whose one variant is reading F16
/// operands at all), with the reason this adapter cannot run it at all (None:
/// it can, for some shapes). The one list behind `check`'s "cannot run" table and `bench
/// --variants`.
pub fn variant_support(gpu: &Gpu) -> Vec<(&'static str, &'static str, Option<String>)> {
    use conv::ConvVariant;
    use matmul::Variant;
    let mut out = vec![];
    for v in Variant::ALL {
        // an aligned, small-M shape: what remains is about the adapter, not the shape
        let reason = matmul::cannot_run(gpu, v, 16, 64, 64, false, false, false);
        out.push(("matmul", v.name(), reason));
    }
    for v in Variant::ALL {
        let reason = gpu
            .f16_reason()
            .or_else(|| matmul::cannot_run(gpu, v, 16, 64, 64, false, false, true));
        out.push(("matmul_f16", v.name(), reason));
    }
    for v in ConvVariant::ALL {
        out.push(("conv", v.name(), v.unsupported_reason(gpu)));
    }
    for v in ConvVariant::ALL {
        let reason = gpu.f16_reason().or_else(|| v.unsupported_reason(gpu));
        out.push(("conv_f16", v.name(), reason));
    }
    // the element-wise maps' f16 twins (one "variant": F16 operands)
    out.push(("elementwise_f16", "f16_operands", gpu.f16_reason()));
    for v in Variant::ALL {
        out.push((
            "codebook",
            v.name(),
            codebook::unsupported_reason(gpu, v, 64),
        ));
    }
    out
}

/// A shader's uniform parameter block as Rust sees it: a `#[repr(C)]` [`bytemuck::Pod`]
/// struct whose fields mirror, in order and offset, the WGSL struct the shader declares
/// (every family's `check` compares the two layouts, read from the shader by naga).
pub trait ShaderParams: bytemuck::Pod {
    /// The fields in order, with their byte offsets.
    const FIELDS: &'static [(&'static str, usize)];

    /// The words a dispatch uploads.
    fn words(&self) -> &[u32] {
        bytemuck::cast_slice(std::slice::from_ref(self))
    }
}

/// Declare a parameter block: the struct (fields public, documented as written) and its
/// [`ShaderParams`] field list.
macro_rules! shader_params {
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$m])*
        #[repr(C)]
        #[derive(Clone, Copy, Debug, Default, PartialEq, bytemuck::Pod, bytemuck::Zeroable)]
        pub struct $name {
            $($(#[$fm])* pub $field: $ty),*
        }

        impl $crate::kernels::ShaderParams for $name {
            const FIELDS: &'static [(&'static str, usize)] =
                &[$((stringify!($field), ::std::mem::offset_of!($name, $field))),*];
        }
    };
}
pub(crate) use shader_params;

/// Shapes as `[outer, len, inner]` around `axis`.
pub fn split_axis(shape: &[usize], axis: usize) -> (usize, usize, usize) {
    let outer = shape[..axis].iter().product();
    let inner = shape[axis + 1..].iter().product();
    (outer, shape[axis], inner)
}

/// Widen f32 data for the f64 reference.
pub fn to_f64(x: &[f32]) -> Vec<f64> {
    x.iter().map(|&v| v as f64).collect()
}

/// How [`with_lane_order`] renumbers the invocations of a workgroup of `n` (a multiple of 8):
/// 0 as launched, 1 reversed, 2 each run of 8 consecutive invocations (one subgroup on an
/// 8-wide driver) spread across the workgroup, 3 both.
pub const LANE_ORDERS: [&str; 4] = [
    "as launched",
    "reversed",
    "subgroups of 8 spread across the workgroup",
    "spread and reversed",
];

/// `source` with the invocations of its workgroup-memory kernels renumbered by `order` (see
/// [`LANE_ORDERS`]): each entry point with a 1-d or 2-d workgroup that numbers its
/// invocations by `@builtin(local_invocation_index) li: u32` and/or by
/// `@builtin(local_invocation_id) lid: vec3<u32>` (and by no global or subgroup id) gets them
/// computed from the renumbered linear index instead. A race-free kernel gives the same bits
/// under every order (each output's arithmetic does not depend on which invocation does it);
/// a CPU driver runs the invocations of a workgroup one subgroup after another, in order, and
/// so hides the races in which the writer happens to run first; renumbering lets every pair
/// run in both orders.
/// `None` when no entry point qualifies (or `order` is 0).
pub fn with_lane_order(source: &str, order: u32) -> Option<String> {
    if order == 0 || order as usize >= LANE_ORDERS.len() || !source.contains("var<workgroup>") {
        return None;
    }
    let mut out = String::with_capacity(source.len() + 1024);
    let mut rest = source;
    let mut changed = false;
    while let Some(at) = rest.find("@compute") {
        let (before, entry) = rest.split_at(at);
        out.push_str(before);
        // the entry point's attributes and signature, up to its body's opening brace
        let Some(end) = entry.find(") {").map(|i| i + 3) else {
            break;
        };
        match renumbered_entry(&entry[..end], order) {
            Some(header) => {
                out.push_str(&header);
                changed = true;
            }
            None => out.push_str(&entry[..end]),
        }
        rest = &entry[end..];
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// [`with_lane_order`] for one entry point's `header` (`@compute ... ) {`): the header with
/// the invocation numbers renamed and the renumbered ones declared first in the body.
fn renumbered_entry(header: &str, order: u32) -> Option<String> {
    const LI: &str = "@builtin(local_invocation_index) li: u32";
    const LID: &str = "@builtin(local_invocation_id) lid: vec3<u32>";
    let sizes = header
        .strip_prefix("@compute @workgroup_size(")?
        .split_once(')')?
        .0;
    let sizes: Vec<u32> = sizes
        .split(',')
        .map(|d| d.trim().parse().ok())
        .collect::<Option<_>>()?;
    let (x, y) = (sizes[0], sizes.get(1).copied().unwrap_or(1));
    let n = x * y;
    let flat = sizes.get(2).is_none_or(|&z| z == 1) && n.is_multiple_of(8);
    let other_ids =
        header.contains("global_invocation_id") || header.contains("subgroup_invocation_id");
    let (li, lid) = (header.contains(LI), header.contains(LID));
    if !flat || other_ids || !(li || lid) {
        return None;
    }
    // the hardware's linear number of the invocation, and the renumbered one
    let hw = if li {
        "li_hw".to_string()
    } else {
        format!("(lid_hw.x + lid_hw.y * {x}u)")
    };
    let spread = format!("({hw} % 8u) * {}u + {hw} / 8u", n / 8);
    let renumbered = match order {
        1 => format!("{}u - {hw}", n - 1),
        2 => spread,
        _ => format!("{}u - ({spread})", n - 1),
    };
    let mut header = header.to_string();
    let mut first = vec![];
    if li {
        header = header.replace(LI, "@builtin(local_invocation_index) li_hw: u32");
        first.push(format!("let li = {renumbered};"));
    }
    if lid {
        header = header.replace(LID, "@builtin(local_invocation_id) lid_hw: vec3<u32>");
        let l = if li {
            "li".to_string()
        } else {
            format!("({renumbered})")
        };
        first.push(format!("let lid = vec3<u32>({l} % {x}u, {l} / {x}u, 0u);"));
    }
    Some(format!(
        "{header}\n  {}  // lane order {order}",
        first.join(" ")
    ))
}

/// `source` with the storage arrays `operands` (name, element type: `"f32"` or `"vec4<f32>"`) read
/// as f16: `enable f16;` first, each array declared with f16 elements, and every indexing of
/// it wrapped in a widening to its f32 type, so nothing else in the kernel changes (mixed
/// precision's f16-operand twins of the matmul, conv and attention kernels, see `f16_twin`).
/// naga rejects a twin where a load was missed (an f16 used as an f32), which the
/// shader test runs. Operands the source does not declare are skipped (a file's entries may
/// read only the vec4 views); panics if it declares none of them (a programming error the
/// shader test would hit first).
pub fn with_f16_operands(source: &str, operands: &[(&str, &str)]) -> String {
    let mut text = source.to_string();
    let mut declared = 0;
    for (name, ty) in operands {
        let decl = format!("var<storage, read> {name}: array<{ty}>;");
        if text.contains(&decl) {
            text = text.replace(&decl, &decl.replace("f32", "f16"));
            declared += 1;
        }
    }
    assert!(declared > 0, "none of {operands:?} to make f16");
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 1024);
    let mut i = 0;
    'scan: while i < bytes.len() {
        let before_ok =
            i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || b"_&.".contains(&bytes[i - 1]));
        if before_ok {
            for (name, ty) in operands {
                if text[i..].starts_with(&format!("{name}[")) {
                    // the matching bracket
                    let (mut depth, mut j) = (0i32, i + name.len());
                    loop {
                        match bytes[j] {
                            b'[' => depth += 1,
                            b']' => depth -= 1,
                            _ => {}
                        }
                        j += 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    out.push_str(&format!("{ty}({})", &text[i..j]));
                    i = j;
                    continue 'scan;
                }
            }
        }
        let ch = text[i..].chars().next().expect("in range");
        out.push(ch);
        i += ch.len_utf8();
    }
    format!("enable f16;\n{out}")
}

/// `shader` with `operands` read as f16 ([`with_f16_operands`]), called `name`: what the
/// f16-operand twins' `LazyLock`s make on first use, so no twin is a file that could drift.
pub(crate) fn f16_twin(name: &'static str, shader: &Shader, operands: &[(&str, &str)]) -> Shader {
    Shader {
        name,
        source: Box::leak(with_f16_operands(shader.source, operands).into_boxed_str()),
    }
}

/// The element type of a matrix product's operands: both F32, or both F16 (mixed precision)
/// on a device with shader-f16; anything else is an error naming `op`.
pub(crate) fn product_dtype(
    op: &str,
    a: &crate::gpu::Tensor,
    b: &crate::gpu::Tensor,
) -> crate::Result<crate::gpu::DType> {
    use crate::gpu::DType;
    match (a.dtype(), b.dtype()) {
        (DType::F32, DType::F32) => Ok(DType::F32),
        (DType::F16, DType::F16) => match a.gpu().f16_reason() {
            None => Ok(DType::F16),
            Some(reason) => Err(crate::Error::Unsupported {
                op: format!("{op} of F16 {:?} and {:?}", a.shape(), b.shape()),
                variant: "f16".into(),
                reason,
            }),
        },
        (x, y) => Err(crate::Error::invalid(
            op,
            format!(
                "operands {:?} {x:?} and {:?} {y:?}: both must be F32 or both F16 (cast one)",
                a.shape(),
                b.shape()
            ),
        )),
    }
}

pub(crate) fn as_u32(op: &str, what: &str, n: usize) -> crate::Result<u32> {
    u32::try_from(n)
        .map_err(|_| crate::Error::invalid(op, format!("{what} = {n} does not fit in 32 bits")))
}
