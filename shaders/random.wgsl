// Counter-based random numbers: Threefry-2x32 (20 rounds) keyed by the seed, with the counter
// (element index + offset, stream). The same (seed, stream, counter) always gives the same
// number on every adapter and on the CPU twin, so resumed runs replay exactly.

struct Params {
    n: u32,         // elements
    seed_lo: u32,
    seed_hi: u32,
    stream: u32,
    offset: u32,    // counter offset: the first element uses counter `offset`
    a: f32,         // uniform: low;  normal: mean;  dropout: p
    b: f32,         // uniform: high; normal: standard deviation; dropout: 1 / (1 − p)
    _pad: u32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(6) var<storage, read> dropout_in: array<f32>;

const WG: u32 = 256u;

// The key comes from the uniform; Threefry itself is in shaders/lib/threefry.wgsl.
fn threefry2x32(c0: u32, c1: u32) -> vec2<u32> {
    return threefry2x32_keyed(p.seed_lo, p.seed_hi, c0, c1);
}

@compute @workgroup_size(256)
fn random_uniform(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * WG;
    if (i >= p.n) { return; }
    let r = threefry2x32(i + p.offset, p.stream);
    out[i] = p.a + (p.b - p.a) * to_unit(r.x);
}

// Box-Muller with u1 in (0, 1] so the log is finite.
@compute @workgroup_size(256)
fn random_normal(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * WG;
    if (i >= p.n) { return; }
    let r = threefry2x32(i + p.offset, p.stream);
    let u1 = (f32(r.x >> 8u) + 1.0) * (1.0 / 16777216.0);
    let u2 = to_unit(r.y);
    let z = sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
    out[i] = p.a + p.b * z;
}

// Dropout: element i is kept when the uniform of counter (i + offset, stream) is ≥ p (= a) and
// then scaled by 1 / (1 − p) (= b). The mask is a function of the key, so the backward applies
// the same kernel to the gradient instead of storing a mask.
@compute @workgroup_size(256)
fn dropout(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * WG;
    if (i >= p.n) { return; }
    let u = to_unit(threefry2x32(i + p.offset, p.stream).x);
    out[i] = select(0.0, dropout_in[i] * p.b, u >= p.a);
}
