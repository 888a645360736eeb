// Global-norm gradient clipping without a host round trip:
// total = ||(||g_1||, ..., ||g_k||)||; coef = min(1, max_norm / (total + 1e-6)); g_i *= coef.

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
