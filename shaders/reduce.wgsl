// Reductions in a fixed summation order (deterministic run to run, no atomics).
// Shapes are viewed as [outer, len, inner]; `reduce_axis` reduces the middle axis,
// `sum_keep_middle` reduces the outer and inner axes (the gradient of a broadcast bias).

struct Params {
    outer: u32,
    len: u32,
    inner: u32,
    _pad: u32,
    scale: f32,    // multiplies the result (1/len gives a mean)
}

@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
@group(0) @binding(3) var<storage, read_write> out_index: array<u32>;

// 0 = sum, 1 = max (first maximum wins), 2 = sum of squares then sqrt (L2 norm).
override OP: u32 = 0u;

const WG: u32 = 256u;
var<workgroup> part: array<f32, 256>;
var<workgroup> part_index: array<u32, 256>;

// One workgroup per output element: 256 threads stride over the axis, then a tree.
// The order depends only on the shape, so results are bit-identical run to run.
@compute @workgroup_size(256)
fn reduce_axis(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>,
               @builtin(num_workgroups) nwg: vec3<u32>) {
    let o = wid.x + wid.y * nwg.x;   // output index = outer_i * inner + inner_i
    let live = o < p.outer * p.inner;
    let t = lid.x;
    var acc: f32 = 0.0;
    var best_i: u32 = 0xffffffffu;
    if (OP == 1u) { acc = -3.402823e38; }
    if (live) {
        let base = (o / p.inner) * p.len * p.inner + (o % p.inner);
        for (var j = t; j < p.len; j += WG) {
            let v = x[base + j * p.inner];
            if (OP == 1u) {
                // NaN propagates like torch.max: a NaN beats everything.
                if (v > acc || (v != v && acc == acc) || best_i == 0xffffffffu) { acc = v; best_i = j; }
            } else if (OP == 2u) {
                acc += v * v;
            } else {
                acc += v;
            }
        }
    }
    part[t] = acc;
    part_index[t] = best_i;
    workgroupBarrier();
    for (var s = WG / 2u; s > 0u; s = s / 2u) {
        if (t < s) {
            if (OP == 1u) {
                let v = part[t + s];
                let vi = part_index[t + s];
                let mine = part[t];
                let mi = part_index[t];
                // Keep the earlier index on ties so the first maximum wins.
                let take = vi != 0xffffffffu && (mi == 0xffffffffu || v > mine
                    || (v == mine && vi < mi) || (v != v && mine == mine));
                if (take) { part[t] = v; part_index[t] = vi; }
            } else {
                part[t] = part[t] + part[t + s];
            }
        }
        workgroupBarrier();
    }
    if (t == 0u && live) {
        if (OP == 2u) {
            out[o] = sqrt(part[0]) * p.scale;
        } else {
            out[o] = part[0] * p.scale;
        }
        if (OP == 1u) { out_index[o] = part_index[0]; }
    }
}

// out[m] = scale * sum over (outer, inner) of x[outer, m, inner]; one workgroup per m.
@compute @workgroup_size(256)
fn sum_keep_middle(@builtin(local_invocation_id) lid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>,
                   @builtin(num_workgroups) nwg: vec3<u32>) {
    let m = wid.x + wid.y * nwg.x;
    let t = lid.x;
    var acc: f32 = 0.0;
    if (m < p.len) {
        let count = p.outer * p.inner;
        for (var j = t; j < count; j += WG) {
            let o = j / p.inner;
            let i = j % p.inner;
            acc += x[(o * p.len + m) * p.inner + i];
        }
    }
    part[t] = acc;
    workgroupBarrier();
    for (var s = WG / 2u; s > 0u; s = s / 2u) {
        if (t < s) { part[t] = part[t] + part[t + s]; }
        workgroupBarrier();
    }
    if (t == 0u && m < p.len) { out[m] = part[0] * p.scale; }
}

// The same reductions with one thread per output and a plain loop: no barriers, which is
// what short axes want (a workgroup tree pays its barriers whatever the length).
@compute @workgroup_size(64)
fn reduce_axis_serial(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let o = gid.x + gid.y * nwg.x * 64u;
    if (o >= p.outer * p.inner) { return; }
    let base = (o / p.inner) * p.len * p.inner + (o % p.inner);
    var acc: f32 = 0.0;
    var best_i: u32 = 0u;
    if (OP == 1u) { acc = x[base]; }
    for (var j = 0u; j < p.len; j++) {
        let v = x[base + j * p.inner];
        if (OP == 1u) {
            if (v > acc || (v != v && acc == acc)) { acc = v; best_i = j; }
        } else if (OP == 2u) {
            acc += v * v;
        } else {
            acc += v;
        }
    }
    if (OP == 2u) {
        out[o] = sqrt(acc) * p.scale;
    } else {
        out[o] = acc * p.scale;
    }
    if (OP == 1u) { out_index[o] = best_i; }
}

@compute @workgroup_size(64)
fn sum_keep_middle_serial(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let m = gid.x + gid.y * nwg.x * 64u;
    if (m >= p.len) { return; }
    var acc: f32 = 0.0;
    for (var o = 0u; o < p.outer; o++) {
        for (var i = 0u; i < p.inner; i++) {
            acc += x[(o * p.len + m) * p.inner + i];
        }
    }
    out[m] = acc * p.scale;
}
