// LSTM layer, PyTorch semantics (gate order i, f, g, o; two biases; zero initial state).
// The matmuls live elsewhere: the launcher computes the input projection of all steps at once
// (xproj = x · W_ihᵀ, [B, T, 4H]) and, per step, the recurrent projection of all four gates
// (hh = h_{t-1} · W_hhᵀ, [B, 4H]). These kernels do the rest of a step in one pass: one
// invocation per (batch row, hidden unit) reads its four gate pre-activations.
//
// Forward, step t:   i = σ(zi), f = σ(zf), g = tanh(zg), o = σ(zo),  z = xproj + b_ih + b_hh + hh
//                    c_t = f·c_{t-1} + i·g,   h_t = o·tanh(c_t)
// Backward, step t (T-1 down to 0), with dh = dy_t + dh_rec and dc carried from step t+1:
//                    dc  = dc_{t+1} + dh·o·(1 − tanh²c_t)
//                    dzi = dc·g·i(1−i),  dzf = dc·c_{t-1}·f(1−f),  dzg = dc·i·(1−g²),
//                    dzo = dh·tanh(c_t)·o(1−o),  dc_t = dc·f   (passed to step t-1)
// The launcher then gets dh_rec for step t-1 as dz_t · W_hh.

struct Params {
    batch: u32,
    steps: u32,   // T
    hidden: u32,  // H
    t: u32,       // this step
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> xproj: array<f32>;          // [B, T, 4H]
@group(0) @binding(2) var<storage, read> hh: array<f32>;             // [B, 4H] (t > 0)
@group(0) @binding(3) var<storage, read> b_ih: array<f32>;           // [4H]
@group(0) @binding(4) var<storage, read> b_hh: array<f32>;           // [4H]
@group(0) @binding(5) var<storage, read_write> gates: array<f32>;    // [B, T, 4H] i, f, g, o after σ/tanh
@group(0) @binding(6) var<storage, read_write> cell: array<f32>;     // [B, T, H]
@group(0) @binding(7) var<storage, read_write> h_seq: array<f32>;    // [B, T, H] the layer's output
@group(0) @binding(8) var<storage, read_write> h_cur: array<f32>;    // [B, H] h_t, for the next matmul
// backward
@group(0) @binding(9) var<storage, read> dy: array<f32>;             // [B, T, H] gradient of h_seq
@group(0) @binding(10) var<storage, read> dh_rec: array<f32>;        // [B, H] dz_{t+1} · W_hh (t < T-1)
@group(0) @binding(11) var<storage, read_write> dc: array<f32>;      // [B, H] carried cell gradient
@group(0) @binding(12) var<storage, read_write> dz: array<f32>;      // [B, T, 4H] gate pre-activation grads
@group(0) @binding(13) var<storage, read_write> dz_cur: array<f32>;  // [B, 4H] dz_t, for the next matmul
@group(0) @binding(14) var<storage, read> h_in: array<f32>;          // shift_time: [B, T, H]
@group(0) @binding(15) var<storage, read_write> h_prev: array<f32>;  // shift_time: [B, T, H]

@compute @workgroup_size(256)
fn lstm_cell_forward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let id = gid.x + gid.y * nwg.x * 256u;
    let H = p.hidden;
    if (id >= p.batch * H) { return; }
    let b = id / H;
    let j = id % H;
    let row = b * p.steps + p.t;          // (b, t) in [B, T, ·]
    let zx = row * 4u * H;
    var zi = xproj[zx + j] + b_ih[j] + b_hh[j];
    var zf = xproj[zx + H + j] + b_ih[H + j] + b_hh[H + j];
    var zg = xproj[zx + 2u * H + j] + b_ih[2u * H + j] + b_hh[2u * H + j];
    var zo = xproj[zx + 3u * H + j] + b_ih[3u * H + j] + b_hh[3u * H + j];
    var c_prev = 0.0;
    if (p.t > 0u) {
        let zh = b * 4u * H;
        zi += hh[zh + j];
        zf += hh[zh + H + j];
        zg += hh[zh + 2u * H + j];
        zo += hh[zh + 3u * H + j];
        c_prev = cell[(row - 1u) * H + j];
    }
    let i = sigmoid(zi);
    let f = sigmoid(zf);
    let g = tanh_precise(zg);
    let o = sigmoid(zo);
    let c = f * c_prev + i * g;
    let h = o * tanh_precise(c);
    gates[zx + j] = i;
    gates[zx + H + j] = f;
    gates[zx + 2u * H + j] = g;
    gates[zx + 3u * H + j] = o;
    cell[row * H + j] = c;
    h_seq[row * H + j] = h;
    h_cur[id] = h;
}

@compute @workgroup_size(256)
fn lstm_cell_backward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let id = gid.x + gid.y * nwg.x * 256u;
    let H = p.hidden;
    if (id >= p.batch * H) { return; }
    let b = id / H;
    let j = id % H;
    let row = b * p.steps + p.t;
    let zx = row * 4u * H;
    let last = p.t + 1u == p.steps;
    var dh = dy[row * H + j];
    var dcc = 0.0;
    if (!last) {
        dh += dh_rec[id];
        dcc = dc[id];
    }
    let i = gates[zx + j];
    let f = gates[zx + H + j];
    let g = gates[zx + 2u * H + j];
    let o = gates[zx + 3u * H + j];
    let tc = tanh_precise(cell[row * H + j]);
    var c_prev = 0.0;
    if (p.t > 0u) { c_prev = cell[(row - 1u) * H + j]; }
    dcc += dh * o * (1.0 - tc * tc);
    let dzi = dcc * g * i * (1.0 - i);
    let dzf = dcc * c_prev * f * (1.0 - f);
    let dzg = dcc * i * (1.0 - g * g);
    let dzo = dh * tc * o * (1.0 - o);
    dc[id] = dcc * f;
    dz[zx + j] = dzi;
    dz[zx + H + j] = dzf;
    dz[zx + 2u * H + j] = dzg;
    dz[zx + 3u * H + j] = dzo;
    let zc = b * 4u * H;
    dz_cur[zc + j] = dzi;
    dz_cur[zc + H + j] = dzf;
    dz_cur[zc + 2u * H + j] = dzg;
    dz_cur[zc + 3u * H + j] = dzo;
}

// h_prev[b, t] = h_in[b, t-1], zero at t = 0: the inputs of W_hh at every step, so that its
// gradient is one matmul over all steps.
@compute @workgroup_size(256)
fn shift_time(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let id = gid.x + gid.y * nwg.x * 256u;
    let H = p.hidden;
    if (id >= p.batch * p.steps * H) { return; }
    let t = (id / H) % p.steps;
    var v = 0.0;
    if (t > 0u) { v = h_in[id - H]; }
    h_prev[id] = v;
}
