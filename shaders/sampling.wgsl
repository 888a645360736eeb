// The sampling loop's kernels, which keep autoregressive generation on the device: the
// model's input windows cut from the token buffer, and the draws (a multinomial over weights,
// and softmax with temperature fused with the draw, written straight into the token buffer).
// Draws use the counter-based Threefry of shaders/lib/threefry.wgsl, so the same key gives
// the same tokens on every adapter and on the CPU twin.

struct Params {
    rows: u32,            // rows drawn, or rows of the token buffer (context_window)
    cols: u32,            // categories per row (multinomial, sample_logits)
    seed_lo: u32,
    seed_hi: u32,
    stream: u32,
    offset: u32,          // counter offset: row r uses counter r + offset
    inv_temperature: f32, // sample_logits: 1 / temperature
    tok_stride: u32,      // row stride of `tokens`
    tok_pos: u32,         // sample_logits: the column receiving the draw; context_window: tokens so far
    window: u32,          // context_window: W
    pad: u32,             // context_window: the padding token
    _pad: u32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> weights: array<f32>;       // multinomial: [rows, cols]
@group(0) @binding(2) var<storage, read_write> picks: array<u32>;   // multinomial: [rows]
@group(0) @binding(3) var<storage, read> logits: array<f32>;        // sample_logits: [rows, cols]
@group(0) @binding(4) var<storage, read_write> tokens: array<u32>;  // [rows, tok_stride]
@group(0) @binding(5) var<storage, read_write> window: array<u32>;  // context_window: [rows, W]

fn threefry2x32(c0: u32, c1: u32) -> vec2<u32> {
    return threefry2x32_keyed(p.seed_lo, p.seed_hi, c0, c1);
}

// The model's input at a sampling step: the first `len` (= tok_pos) tokens right-padded with
// `pad` to the window W while they are fewer than W, else the last W tokens.
@compute @workgroup_size(256)
fn context_window(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let id = gid.x + gid.y * nwg.x * 256u;
    let w_len = p.window;
    if (id >= p.rows * w_len) { return; }
    let n = id / w_len;
    let w = id % w_len;
    let len = p.tok_pos;
    var tok = p.pad;
    if (len >= w_len) {
        tok = tokens[n * p.tok_stride + len - w_len + w];
    } else if (w < len) {
        tok = tokens[n * p.tok_stride + w];
    }
    window[id] = tok;
}

// One category per row of non-negative weights [rows, cols] (not necessarily normalised), by
// inverse CDF in a fixed order. Rows whose weights sum to 0 give index `cols` (invalid).
@compute @workgroup_size(64)
fn multinomial(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let row = gid.x + gid.y * nwg.x * 64u;
    if (row >= p.rows) { return; }
    let base = row * p.cols;
    var total: f32 = 0.0;
    for (var j = 0u; j < p.cols; j++) { total += weights[base + j]; }
    let u = to_unit(threefry2x32(row + p.offset, p.stream).x) * total;
    var cum: f32 = 0.0;
    var pick: u32 = p.cols;
    for (var j = 0u; j < p.cols; j++) {
        let w = weights[base + j];
        cum += w;
        if (w > 0.0) {
            pick = j;
            if (u < cum) { break; }
        }
    }
    picks[row] = pick;
}

// Softmax with temperature and a multinomial draw in one pass per row of logits [rows, cols]:
// weights exp((l − max) / T) by inverse CDF in a fixed order; the pick goes straight into
// tokens[row · tok_stride + tok_pos], so a sampling loop never reads back to the host.
@compute @workgroup_size(64)
fn sample_logits(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let row = gid.x + gid.y * nwg.x * 64u;
    if (row >= p.rows) { return; }
    let base = row * p.cols;
    var m = logits[base];
    for (var j = 1u; j < p.cols; j++) { m = max(m, logits[base + j]); }
    var total: f32 = 0.0;
    for (var j = 0u; j < p.cols; j++) { total += exp((logits[base + j] - m) * p.inv_temperature); }
    let u = to_unit(threefry2x32(row + p.offset, p.stream).x) * total;
    var cum: f32 = 0.0;
    var pick: u32 = 0u;
    for (var j = 0u; j < p.cols; j++) {
        let w = exp((logits[base + j] - m) * p.inv_temperature);
        cum += w;
        if (w > 0.0) {
            pick = j;
            if (u < cum) { break; }
        }
    }
    tokens[row * p.tok_stride + p.tok_pos] = pick;
}
