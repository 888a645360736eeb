// GRU layer, PyTorch semantics (gate order r, z, n; two biases; zero initial state):
//   r = σ(xr + b_ir + hr + b_hr),  z = σ(xz + b_iz + hz + b_hz),
//   n = tanh(xn + b_in + r ⊙ (hn + b_hn)),  h_t = (1 − z) ⊙ n + z ⊙ h_{t-1}
// where x· = (x W_ihᵀ) and h· = (h_{t-1} W_hhᵀ). As for the LSTM, the launcher computes the
// input projection of all steps in one matmul and, per step, the recurrent projection of all
// three gates in one matmul; these kernels do the rest of a step, one invocation per
// (batch row, hidden unit).
//
// Backward, step t (T-1 down to 0), with dh = dy_t + carry_t + rec_t (carry = dh_{t+1} ⊙ z_{t+1},
// rec = [dhr, dhz, dhn]_{t+1} · W_hh):
//   dn = dh (1 − z),  dz = dh (h_{t-1} − n),  dnp = dn (1 − n²),  dzp = dz z (1 − z),
//   drp = dnp (hn + b_hn) r (1 − r)
//   input side  dx· = (drp, dzp, dnp);   hidden side dh· = (drp, dzp, dnp ⊙ r);  carry = dh ⊙ z

struct Params {
    batch: u32,
    steps: u32,   // T
    hidden: u32,  // H
    t: u32,       // this step
}
@group(0) @binding(0) var<uniform> p: Params;
@group(0) @binding(1) var<storage, read> xproj: array<f32>;          // [B, T, 3H]
@group(0) @binding(2) var<storage, read> hh: array<f32>;             // [B, 3H] (t > 0)
@group(0) @binding(3) var<storage, read> b_ih: array<f32>;           // [3H]
@group(0) @binding(4) var<storage, read> b_hh: array<f32>;           // [3H]
@group(0) @binding(5) var<storage, read_write> gates: array<f32>;    // [B, T, 4H]: r, z, n, hn + b_hn
@group(0) @binding(6) var<storage, read_write> h_seq: array<f32>;    // [B, T, H] the layer's output
@group(0) @binding(7) var<storage, read_write> h_cur: array<f32>;    // [B, H] h_t, for the next matmul
// backward
@group(0) @binding(8) var<storage, read> dy: array<f32>;             // [B, T, H]
@group(0) @binding(9) var<storage, read> rec: array<f32>;            // [B, H] (t < T-1)
@group(0) @binding(10) var<storage, read_write> carry: array<f32>;   // [B, H] dh ⊙ z, for step t-1
@group(0) @binding(11) var<storage, read_write> dgx: array<f32>;     // [B, T, 3H] input-side gate grads
@group(0) @binding(12) var<storage, read_write> dgh: array<f32>;     // [B, T, 3H] hidden-side gate grads
@group(0) @binding(13) var<storage, read_write> dgh_cur: array<f32>; // [B, 3H] dgh at t, for the next matmul

@compute @workgroup_size(256)
fn gru_cell_forward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let id = gid.x + gid.y * nwg.x * 256u;
    let H = p.hidden;
    if (id >= p.batch * H) { return; }
    let b = id / H;
    let j = id % H;
    let row = b * p.steps + p.t;
    let zx = row * 3u * H;
    var hr = b_hh[j];
    var hz = b_hh[H + j];
    var hn = b_hh[2u * H + j];
    var h_prev = 0.0;
    if (p.t > 0u) {
        let zh = b * 3u * H;
        hr += hh[zh + j];
        hz += hh[zh + H + j];
        hn += hh[zh + 2u * H + j];
        h_prev = h_seq[(row - 1u) * H + j];
    }
    let r = sigmoid(xproj[zx + j] + b_ih[j] + hr);
    let z = sigmoid(xproj[zx + H + j] + b_ih[H + j] + hz);
    let n = tanh_precise(xproj[zx + 2u * H + j] + b_ih[2u * H + j] + r * hn);
    let h = (1.0 - z) * n + z * h_prev;
    let zg = row * 4u * H;
    gates[zg + j] = r;
    gates[zg + H + j] = z;
    gates[zg + 2u * H + j] = n;
    gates[zg + 3u * H + j] = hn;
    h_seq[row * H + j] = h;
    h_cur[id] = h;
}

@compute @workgroup_size(256)
fn gru_cell_backward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
    let id = gid.x + gid.y * nwg.x * 256u;
    let H = p.hidden;
    if (id >= p.batch * H) { return; }
    let b = id / H;
    let j = id % H;
    let row = b * p.steps + p.t;
    var dh = dy[row * H + j];
    if (p.t + 1u < p.steps) {
        dh += carry[id] + rec[id];
    }
    let zg = row * 4u * H;
    let r = gates[zg + j];
    let z = gates[zg + H + j];
    let n = gates[zg + 2u * H + j];
    let hn = gates[zg + 3u * H + j];
    var h_prev = 0.0;
    if (p.t > 0u) { h_prev = h_seq[(row - 1u) * H + j]; }
    let dnp = dh * (1.0 - z) * (1.0 - n * n);
    let dzp = dh * (h_prev - n) * z * (1.0 - z);
    let drp = dnp * hn * r * (1.0 - r);
    carry[id] = dh * z;
    let zx = row * 3u * H;
    dgx[zx + j] = drp;
    dgx[zx + H + j] = dzp;
    dgx[zx + 2u * H + j] = dnp;
    dgh[zx + j] = drp;
    dgh[zx + H + j] = dzp;
    dgh[zx + 2u * H + j] = dnp * r;
    let zc = b * 3u * H;
    dgh_cur[zc + j] = drp;
    dgh_cur[zc + H + j] = dzp;
    dgh_cur[zc + 2u * H + j] = dnp * r;
}
