// Fused multi-head self-attention over packed QKV ([B, T, 3·D], PyTorch's in_proj layout: the
// q, k and v blocks of D = heads·head_dim each), additive mask [B, T, T], dropout on the
// attention weights. Rows are numbered (head·B + batch)·T + query, the layout of the composed
// path's [H·B, T, T] weights. The dropout mask of weight (batch, head, query, key) is keyed by
// ((batch·H + head)·T + query)·T + key, batch first (see `mask_row`), as the composed path keys
// it too: a data-parallel rank holding items start.. draws one process's masks at offset
// start·H·T².
//
// forward:              one invocation per row: scores, softmax (saved before and after
//                       dropout, so the mask is hashed once per weight), weights·v → out
// backward_query:       one invocation per row: dP = dO·vᵀ (through dropout),
//                       dS = P∘(dP − ⟨P, dP⟩)·scale (saved), dQ = dS·K
// backward_key_value:   one thread per (row of keys, component): dK = dSᵀ·Q, dV = P'ᵀ·dO
//                       (P' = the weights after dropout)
// Every element of dQKV is written by one invocation, so nothing is accumulated across them.
// Neighbouring invocations are neighbouring queries of one (head, batch): their k and v reads
// are the same addresses. Vectors of q, k, v and the gradients are read as vec4 (head_dim is a
// multiple of 4), which on lavapipe made the forward 2.5× faster than scalar loads; one
// workgroup per row with tree reductions was 2× slower than one invocation per row.

struct Params {
    batch: u32,
    steps: u32,
    heads: u32,
    head_dim: u32,
    scale: f32,       // 1 / sqrt(head_dim)
    has_mask: u32,
    drop_p: f32,      // 0 = no dropout
    drop_scale: f32,  // 1 / (1 − drop_p)
    seed_lo: u32,
    seed_hi: u32,
    stream: u32,
    offset: u32,
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> qkv: array<vec4<f32>>;             // [B, T, 3·D]
@group(0) @binding(2) var<storage, read> mask: array<f32>;                  // [B, T, T]
@group(0) @binding(3) var<storage, read_write> probs: array<f32>;           // [H·B, T, T], before dropout
@group(0) @binding(4) var<storage, read_write> out: array<vec4<f32>>;       // [B, T, D]
@group(0) @binding(5) var<storage, read> grad_out: array<vec4<f32>>;        // [B, T, D]
@group(0) @binding(6) var<storage, read_write> grad_scores: array<f32>;     // [H·B, T, T]
@group(0) @binding(7) var<storage, read_write> grad_qkv: array<vec4<f32>>;  // [B, T, 3·D]
@group(0) @binding(8) var<storage, read_write> weights: array<f32>;         // [H·B, T, T], after dropout

const WG: u32 = 64u;

// Dropout of weight element `idx` (a function of the key: the backward re-derives the mask).
fn dropped(idx: u32, v: f32) -> f32 {
    if (p.drop_p <= 0.0) { return v; }
    let u = to_unit(threefry2x32_keyed(p.seed_lo, p.seed_hi, idx + p.offset, p.stream).x);
    return select(0.0, v * p.drop_scale, u >= p.drop_p);
}

// Start (in vec4s) of row `pos` of batch `b` in qkv, for block 0 (q), 1 (k) or 2 (v) of head `h`.
fn qkv_at(b: u32, pos: u32, block: u32, h: u32) -> u32 {
    let d = p.heads * p.head_dim;
    return ((b * p.steps + pos) * 3u * d + block * d + h * p.head_dim) / 4u;
}

// Start (in vec4s) of head `h` of row `pos` of batch `b` in out / grad_out.
fn out_at(b: u32, pos: u32, h: u32) -> u32 {
    return ((b * p.steps + pos) * p.heads * p.head_dim + h * p.head_dim) / 4u;
}

// (position, batch, head) of weight row `row` = (head·B + batch)·T + position.
fn row_parts(row: u32) -> vec3<u32> {
    let t = p.steps;
    return vec3<u32>(row % t, (row / t) % p.batch, row / (t * p.batch));
}

// The dropout mask's row of weight row (position, batch, head): (batch·H + head)·T + position.
fn mask_row(r: vec3<u32>) -> u32 {
    return (r.y * p.heads + r.z) * p.steps + r.x;
}

fn hsum(v: vec4<f32>) -> f32 {
    return v.x + v.y + v.z + v.w;
}

@compute @workgroup_size(64)
fn attention_forward(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) nwg: vec3<u32>,
) {
    let t = p.steps;
    let row = gid.x + gid.y * nwg.x * WG;
    if (row >= p.heads * p.batch * t) { return; }
    let r = row_parts(row);
    let i = r.x;
    let b = r.y;
    let h = r.z;
    let hd4 = p.head_dim / 4u;
    let q0 = qkv_at(b, i, 0u, h);
    let prow = row * t;
    let mrow = mask_row(r) * t;
    var m = -3.4e38;
    for (var j = 0u; j < t; j++) {
        let k0 = qkv_at(b, j, 1u, h);
        var s4 = vec4<f32>(0.0);
        for (var e = 0u; e < hd4; e++) { s4 += qkv[q0 + e] * qkv[k0 + e]; }
        var s = hsum(s4) * p.scale;
        if (p.has_mask != 0u) { s += mask[(b * t + i) * t + j]; }
        probs[prow + j] = s;
        m = max(m, s);
    }
    var z = 0.0;
    for (var j = 0u; j < t; j++) {
        let e = exp(probs[prow + j] - m);
        probs[prow + j] = e;
        z += e;
    }
    let inv = 1.0 / z;
    for (var j = 0u; j < t; j++) {
        let w = probs[prow + j] * inv;
        probs[prow + j] = w;
        weights[prow + j] = dropped(mrow + j, w);
    }
    let o0 = out_at(b, i, h);
    for (var c = 0u; c < hd4; c++) {
        var acc = vec4<f32>(0.0);
        for (var j = 0u; j < t; j++) {
            acc += weights[prow + j] * qkv[qkv_at(b, j, 2u, h) + c];
        }
        out[o0 + c] = acc;
    }
}

@compute @workgroup_size(64)
fn attention_backward_query(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) nwg: vec3<u32>,
) {
    let t = p.steps;
    let row = gid.x + gid.y * nwg.x * WG;
    if (row >= p.heads * p.batch * t) { return; }
    let r = row_parts(row);
    let i = r.x;
    let b = r.y;
    let h = r.z;
    let hd4 = p.head_dim / 4u;
    let o0 = out_at(b, i, h);
    let prow = row * t;
    let mrow = mask_row(r) * t;
    // dP_j = dropout'(dO_i · v_j), and ⟨P, dP⟩ over the row
    var dot = 0.0;
    for (var j = 0u; j < t; j++) {
        let v0 = qkv_at(b, j, 2u, h);
        var g4 = vec4<f32>(0.0);
        for (var e = 0u; e < hd4; e++) { g4 += grad_out[o0 + e] * qkv[v0 + e]; }
        let g = dropped(mrow + j, hsum(g4));
        grad_scores[prow + j] = g;
        dot += g * probs[prow + j];
    }
    for (var j = 0u; j < t; j++) {
        grad_scores[prow + j] = probs[prow + j] * (grad_scores[prow + j] - dot) * p.scale;
    }
    let q0 = qkv_at(b, i, 0u, h);
    for (var c = 0u; c < hd4; c++) {
        var acc = vec4<f32>(0.0);
        for (var j = 0u; j < t; j++) {
            acc += grad_scores[prow + j] * qkv[qkv_at(b, j, 1u, h) + c];
        }
        grad_qkv[q0 + c] = acc;
    }
}

@compute @workgroup_size(64)
fn attention_backward_key_value(
    @builtin(global_invocation_id) gid: vec3<u32>,
    @builtin(num_workgroups) nwg: vec3<u32>,
) {
    let t = p.steps;
    let hd4 = p.head_dim / 4u;
    let n = p.heads * p.batch * t * hd4;
    let idx = gid.x + gid.y * nwg.x * WG;
    if (idx >= n) { return; }
    let c = idx % hd4;
    let krow = idx / hd4;                // (h·B + b)·T + j
    let r = row_parts(krow);
    let j = r.x;
    let b = r.y;
    let h = r.z;
    let base = (krow - j) * t;           // row (h, b, 0) of the weights
    var dk = vec4<f32>(0.0);
    var dv = vec4<f32>(0.0);
    for (var i = 0u; i < t; i++) {
        let w = base + i * t + j;
        dk += grad_scores[w] * qkv[qkv_at(b, i, 0u, h) + c];
        dv += weights[w] * grad_out[out_at(b, i, h) + c];
    }
    grad_qkv[qkv_at(b, j, 1u, h) + c] = dk;
    grad_qkv[qkv_at(b, j, 2u, h) + c] = dv;
}
