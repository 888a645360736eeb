// Pieces of cross-entropy with ignore_index: the negative log-likelihood gather from
// log-probabilities, its scatter (the gradient), and the count of targets that are not ignored.

struct Params {
    rows: u32,
    classes: u32,
    ignore_index: i32,
    _pad: u32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> src: array<f32>;
@group(0) @binding(2) var<storage, read> targets: array<i32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

const WG: u32 = 256u;
var<workgroup> part: array<f32, 256>;

fn valid(t: i32) -> bool {
    return t != p.ignore_index && t >= 0 && u32(t) < p.classes;
}

// out[r] = -src[r, targets[r]] (0 for ignored rows). src: [rows, classes] log-probabilities.
@compute @workgroup_size(256)
fn nll_gather(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let r = gid.x + gid.y * nwg.x * WG;
    if (r >= p.rows) { return; }
    let t = targets[r];
    out[r] = select(0.0, -src[r * p.classes + u32(max(t, 0))], valid(t));
}

// out[r, c] = -src[r] where c == targets[r] (not ignored), else 0. src: [rows].
@compute @workgroup_size(256)
fn nll_scatter(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let i = gid.x + gid.y * nwg.x * WG;
    if (i >= p.rows * p.classes) { return; }
    let r = i / p.classes;
    let c = i % p.classes;
    let t = targets[r];
    out[i] = select(0.0, -src[r], valid(t) && u32(t) == c);
}

// out[0] = number of rows whose targets is not ignored (as f32). One workgroup.
@compute @workgroup_size(256)
fn count_valid(@builtin(local_invocation_id) lid: vec3<u32>) {
    var n: f32 = 0.0;
    for (var r = lid.x; r < p.rows; r += WG) {
        if (valid(targets[r])) { n += 1.0; }
    }
    part[lid.x] = n;
    workgroupBarrier();
    for (var s = WG / 2u; s > 0u; s = s / 2u) {
        if (lid.x < s) { part[lid.x] = part[lid.x] + part[lid.x + s]; }
        workgroupBarrier();
    }
    if (lid.x == 0u) { out[0] = part[0]; }
}
