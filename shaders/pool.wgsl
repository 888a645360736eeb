// Max pooling with non-overlapping windows (kernel = stride, no padding, floor mode), as the
// seeds use it (k2 s2). The forward pass records the flat in-plane index of each window's
// first maximum; the backward pass is then a gather (each input pixel belongs to at most one
// window), so it needs no atomics and is deterministic.

struct Params {
    planes: u32,   // n * c
    h: u32, w: u32,
    k: u32,        // kernel = stride
    ho: u32, wo: u32,
    _pad0: u32, _pad1: u32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> src: array<f32>;
@group(0) @binding(2) var<storage, read> idx_in: array<u32>;
@group(0) @binding(3) var<storage, read_write> dst: array<f32>;
@group(0) @binding(4) var<storage, read_write> idx_out: array<u32>;

const WG: u32 = 256u;

@compute @workgroup_size(256)
fn max_pool2d(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let t = gid.x + gid.y * nwg.x * WG;
    if (t >= p.planes * p.ho * p.wo) { return; }
    let ox = t % p.wo;
    let oy = (t / p.wo) % p.ho;
    let plane = t / (p.wo * p.ho);
    let base = plane * p.h * p.w;
    var best = src[base + (oy * p.k) * p.w + ox * p.k];
    var best_i = (oy * p.k) * p.w + ox * p.k;
    for (var i = 0u; i < p.k; i++) {
        for (var j = 0u; j < p.k; j++) {
            let at = (oy * p.k + i) * p.w + ox * p.k + j;
            let v = src[base + at];
            // NaN wins, as in PyTorch; otherwise the first maximum.
            if (v > best || (v != v && best == best)) { best = v; best_i = at; }
        }
    }
    dst[t] = best;
    idx_out[t] = best_i;
}

// dst[plane, y, x] = src[plane, y/k, x/k] where that window's maximum was (y, x), else 0.
// One invocation per cell of k x k input pixels: the cells tile the input (ceil(h/k) x
// ceil(w/k) per plane); those of whole windows are the pooling windows, the others hold floor
// mode's leftover rows and columns and get zeros. A cell's index is decoded once for its k*k
// pixels: one invocation per pixel spent most of its time in the five integer divisions.
@compute @workgroup_size(256)
fn max_pool2d_backward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let t = gid.x + gid.y * nwg.x * WG;
    let hc = (p.h + p.k - 1u) / p.k;
    let wc = (p.w + p.k - 1u) / p.k;
    if (t >= p.planes * hc * wc) { return; }
    let cx = t % wc;
    let r = t / wc;
    let cy = r % hc;
    let plane = r / hc;
    var v: f32 = 0.0;
    var at = 0xffffffffu;  // no pixel
    if (cy < p.ho && cx < p.wo) {
        let win = (plane * p.ho + cy) * p.wo + cx;
        v = src[win];
        at = idx_in[win];
    }
    let base = plane * p.h * p.w;
    let y1 = min(cy * p.k + p.k, p.h);
    let x1 = min(cx * p.k + p.k, p.w);
    for (var y = cy * p.k; y < y1; y++) {
        for (var x = cx * p.k; x < x1; x++) {
            let pos = y * p.w + x;
            dst[base + pos] = select(0.0, v, pos == at);
        }
    }
}

// dst[plane, oy, ox] = src[plane, idx[plane, oy, ox]]: the pooled positions of another tensor
// (the gradient of max_pool2d_backward with respect to its input).
@compute @workgroup_size(256)
fn max_pool2d_gather(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let t = gid.x + gid.y * nwg.x * WG;
    if (t >= p.planes * p.ho * p.wo) { return; }
    let plane = t / (p.wo * p.ho);
    dst[t] = src[plane * p.h * p.w + idx_in[t]];
}
