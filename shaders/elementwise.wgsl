// Elementwise kernels: unary maps, binary maps with a broadcast second operand, the fused
// gradient maps of the activations, and the axis expansion that undoes a reduction.
// One thread per output element; grids over 65 535 workgroups fold into y (see gpu::grid_1d).

struct Params {
    n: u32,        // number of output elements
    b_len: u32,    // binary: length of b; expand: length of the new axis
    b_inner: u32,  // binary: b index = (i / b_inner) % b_len; expand, narrow, pad: inner size
    start: u32,    // narrow, pad: first index of the slice on the axis
    alpha: f32,    // leaky slope, clamp low, scalar operand
    beta: f32,     // clamp high
    small: u32,    // narrow, pad: length of the slice on the axis (b_len is the full length)
}

@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

// Selects the map at pipeline creation, so each op compiles to straight-line code.
override OP: u32 = 0u;
// How b lines up with a in `binary`: 0 = same shape, 1 = one element, 2 = general
// (i / b_inner) % b_len, 3 = rows (i % b_len). The special cases skip integer divisions,
// which CPU drivers scalarise.
override BCAST: u32 = 2u;

const WG: u32 = 256u;

fn linear_index(gid: vec3<u32>, nwg: vec3<u32>) -> u32 {
    return gid.x + gid.y * nwg.x * WG;
}

// sigmoid and tanh_precise: shaders/lib/activations.wgsl (appended by the launcher).

// Unary ops. Indices must match kernels::elementwise::Unary.
fn unary_op(x: f32) -> f32 {
    switch OP {
        case 0u: { return max(x, 0.0); }                          // relu
        case 1u: { return select(p.alpha * x, x, x > 0.0); }      // leaky_relu
        case 2u: { return sigmoid(x); }
        case 3u: { return tanh_precise(x); }
        case 4u: { return exp(x); }
        case 5u: { return log(x); }
        case 6u: { return sqrt(x); }
        case 7u: { return clamp(x, p.alpha, p.beta); }
        case 8u: { return -x; }
        case 9u: { return x * x; }
        case 10u: { return x + p.alpha; }                         // add scalar
        case 11u: { return x * p.alpha; }                         // multiply by scalar
        case 12u: { return abs(x); }
        case 13u: { return sign(x); }
        default: { return x; }
    }
}

// Binary ops a (op) b. Indices must match kernels::elementwise::Binary.
fn binary_op(x: f32, y: f32) -> f32 {
    switch OP {
        case 0u: { return x + y; }
        case 1u: { return x - y; }
        case 2u: { return x * y; }
        case 3u: { return x / y; }
        // x / y, but 0 where y == 0 (PyTorch's convention for the norm's gradient at 0).
        case 4u: { return select(x / y, 0.0, y == 0.0); }
        // Gradient maps: x is the incoming gradient, y the saved input or output.
        case 5u: { return select(0.0, x, y > 0.0); }                          // relu'
        case 6u: { return select(p.alpha * x, x, y > 0.0); }                  // leaky_relu'
        case 7u: { return select(0.0, x, y > p.alpha && y < p.beta); }        // clamp'
        case 8u: { return x * y * (1.0 - y); }                                // sigmoid' from output
        case 9u: { return x * (1.0 - y * y); }                                // tanh' from output
        case 10u: { return select(0.0, 1.0, x > y); }                         // mask a > b
        default: { return x; }
    }
}

@compute @workgroup_size(256)
fn unary(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = linear_index(gid, nwg);
    if (i >= p.n) { return; }
    out[i] = unary_op(a[i]);
}

@compute @workgroup_size(256)
fn binary(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = linear_index(gid, nwg);
    if (i >= p.n) { return; }
    var j = i;
    if (BCAST == 1u) {
        j = 0u;
    } else if (BCAST == 2u) {
        j = (i / p.b_inner) % p.b_len;
    } else if (BCAST == 3u) {
        j = i % p.b_len;
    }
    out[i] = binary_op(a[i], b[j]);
}

// out[o, j, i] = a[o, i] for j < b_len: the broadcast that is the gradient of a sum over an axis.
@compute @workgroup_size(256)
fn expand_axis(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = linear_index(gid, nwg);
    if (i >= p.n) { return; }
    let inner = i % p.b_inner;
    let outer = i / (p.b_inner * p.b_len);
    out[i] = a[outer * p.b_inner + inner];
}

// out[i] = b[(i / b_inner) % b_len]: a broadcast copy (the gradient of a reduction over the
// axes a bias was broadcast along).
@compute @workgroup_size(256)
fn broadcast(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = linear_index(gid, nwg);
    if (i >= p.n) { return; }
    out[i] = b[(i / p.b_inner) % p.b_len];
}

// out[o, j, i] = a[o, start + j, i] for j < small: a slice along an axis of length b_len.
@compute @workgroup_size(256)
fn narrow_axis(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = linear_index(gid, nwg);
    if (i >= p.n) { return; }
    let inner = i % p.b_inner;
    let j = (i / p.b_inner) % p.small;
    let o = i / (p.b_inner * p.small);
    out[i] = a[(o * p.b_len + p.start + j) * p.b_inner + inner];
}

// The gradient of narrow_axis: out[o, j, i] = a[o, j - start, i] inside the slice, else 0.
@compute @workgroup_size(256)
fn pad_axis(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = linear_index(gid, nwg);
    if (i >= p.n) { return; }
    let inner = i % p.b_inner;
    let j = (i / p.b_inner) % p.b_len;
    let o = i / (p.b_inner * p.b_len);
    var v: f32 = 0.0;
    if (j >= p.start && j < p.start + p.small) {
        v = a[(o * p.small + j - p.start) * p.b_inner + inner];
    }
    out[i] = v;
}

// out[b, c, r] = a[b, r, c] for a of shape [batch, b_len rows, b_inner cols]: the permute
// between NCHW and NHWC (and any last-two-axes transpose).
@compute @workgroup_size(256)
fn transpose_last2(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = linear_index(gid, nwg);
    if (i >= p.n) { return; }
    let rows = p.b_len;
    let cols = p.b_inner;
    let r = i % rows;
    let c = (i / rows) % cols;
    let b = i / (rows * cols);
    out[i] = a[(b * rows + r) * cols + c];
}

// [A, B, C, D] → [A, C, B, D]: the middle two axes swapped (b_len = B, b_inner = C,
// start = D). Splitting and merging attention heads; its own adjoint with B and C exchanged.
@compute @workgroup_size(256)
fn swap_middle(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = linear_index(gid, nwg);
    if (i >= p.n) { return; }
    let d = i % p.start;
    let t = i / p.start;
    let bb = t % p.b_len;
    let t2 = t / p.b_len;
    let c = t2 % p.b_inner;
    let aa = t2 / p.b_inner;
    out[i] = a[((aa * p.b_len + bb) * p.b_inner + c) * p.start + d];
}

// out[i] = alpha: constant fills (zeros, ones, seeds of a backward pass).
@compute @workgroup_size(256)
fn fill(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = linear_index(gid, nwg);
    if (i >= p.n) { return; }
    out[i] = p.alpha;
}
