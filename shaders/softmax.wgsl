// Row-wise softmax and log-softmax over the last axis of a [rows, n] tensor.
// One workgroup per row: max, then sum of exp(x - max), both as fixed-order tree reductions.

struct Params {
    rows: u32,
    n: u32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

// 0 = softmax, 1 = log-softmax.
override LOG: bool = false;

const WG: u32 = 256u;
var<workgroup> part: array<f32, 256>;

fn tree_max(t: u32) -> f32 {
    workgroupBarrier();
    for (var s = WG / 2u; s > 0u; s = s / 2u) {
        if (t < s) { part[t] = max(part[t], part[t + s]); }
        workgroupBarrier();
    }
    let r = part[0];
    workgroupBarrier();
    return r;
}

fn tree_sum(t: u32) -> f32 {
    workgroupBarrier();
    for (var s = WG / 2u; s > 0u; s = s / 2u) {
        if (t < s) { part[t] = part[t] + part[t + s]; }
        workgroupBarrier();
    }
    let r = part[0];
    workgroupBarrier();
    return r;
}

@compute @workgroup_size(256)
fn softmax_rows(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>,
                @builtin(num_workgroups) nwg: vec3<u32>) {
    let row = wid.x + wid.y * nwg.x;
    let t = lid.x;
    let live = row < p.rows;
    let base = row * p.n;
    var m: f32 = -3.402823e38;
    if (live) {
        for (var j = t; j < p.n; j += WG) { m = max(m, x[base + j]); }
    }
    part[t] = m;
    m = tree_max(t);
    var s: f32 = 0.0;
    if (live) {
        for (var j = t; j < p.n; j += WG) { s += exp(x[base + j] - m); }
    }
    part[t] = s;
    s = tree_sum(t);
    if (!live) { return; }
    if (LOG) {
        let lse = m + log(s);
        for (var j = t; j < p.n; j += WG) { out[base + j] = x[base + j] - lse; }
    } else {
        let inv = 1.0 / s;
        for (var j = t; j < p.n; j += WG) { out[base + j] = exp(x[base + j] - m) * inv; }
    }
}

// One thread per row, for short rows: three passes over the row, no barriers.
@compute @workgroup_size(64)
fn softmax_rows_serial(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let row = gid.x + gid.y * nwg.x * 64u;
    if (row >= p.rows) { return; }
    let base = row * p.n;
    var m: f32 = -3.402823e38;
    for (var j = 0u; j < p.n; j++) { m = max(m, x[base + j]); }
    var s: f32 = 0.0;
    for (var j = 0u; j < p.n; j++) { s += exp(x[base + j] - m); }
    if (LOG) {
        let lse = m + log(s);
        for (var j = 0u; j < p.n; j++) { out[base + j] = x[base + j] - lse; }
    } else {
        let inv = 1.0 / s;
        for (var j = 0u; j < p.n; j++) { out[base + j] = exp(x[base + j] - m) * inv; }
    }
}
