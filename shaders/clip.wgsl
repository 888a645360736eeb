// Global-norm gradient clipping without a host round trip:
// total = ||(||g_1||, ..., ||g_k||)||; coef = min(1, max_norm / (total + 1e-6)); g_i *= coef.
// And mixed precision's unscaling: g_i *= coef[0] (1 / loss scale), a flag raised if any
// result is an infinity or a NaN.

struct Params {
    n: u32,          // clip_coefficient: number of tensors; scale_in_place: elements
    _pad0: u32,
    _pad1: u32,
    _pad2: u32,
    max_norm: f32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> norms: array<f32>;
@group(0) @binding(2) var<storage, read_write> coef: array<f32>;   // [coef, total]
@group(0) @binding(3) var<storage, read_write> grad: array<f32>;
@group(0) @binding(4) var<storage, read_write> nonfinite: array<atomic<u32>>;

@compute @workgroup_size(1)
fn clip_coefficient() {
    var s: f32 = 0.0;
    for (var i = 0u; i < p.n; i++) { s += norms[i] * norms[i]; }
    let total = sqrt(s);
    // NaN propagates, as in PyTorch: min(1, NaN) must stay NaN, so no `min` here.
    var c = p.max_norm / (total + 1e-6);
    if (c > 1.0) { c = 1.0; }
    coef[0] = c;
    coef[1] = total;
}

@compute @workgroup_size(256)
fn scale_in_place(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * 256u;
    if (i >= p.n) { return; }
    grad[i] = grad[i] * coef[0];
}

// grad *= coef[0]; nonfinite[0] becomes 1 if any scaled value is infinite or NaN (all exponent
// bits set). The flag is an OR, so the result does not depend on the order invocations run.
@compute @workgroup_size(256)
fn unscale_check(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * 256u;
    if (i >= p.n) { return; }
    let v = grad[i] * coef[0];
    grad[i] = v;
    if ((bitcast<u32>(v) & 0x7f800000u) == 0x7f800000u) {
        atomicOr(&nonfinite[0], 1u);
    }
}
