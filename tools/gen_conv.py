#!/usr/bin/env python3
"""Generate the implicit-GEMM convolution WGSL kernels (no column buffer, no col2im).

Writes:
  conv_implicit_subgroup.wgsl  the lavapipe tiling: register tiles, rows shared by subgroupBroadcast
                               (needs subgroups of exactly 8, like matmul_subgroup)
  conv_implicit_tiled.wgsl     the GPU tiling: A and B tiles staged in workgroup memory,
                               double-buffered, 256 invocations (any subgroup width)
(Their f16-operand twins are made at start-up by `kernels::with_f16_operands`.)

Usage:
  python3 tools/gen_conv.py [OUT_DIR]     # default: shaders/

The three GEMMs (image [n, c, h, w], weight [o, c, kh, kw], conv output [n, o, ho, wo]):

  conv2d_forward          rows = output pixels q of image nb (grid z = nb), cols = o,
                          K = c*kh*kw (tap r = (ci, i, j));
                          A(q, r) = x[nb, ci, oy*s - pt + i, ox*s - pl + j] (0 outside),
                          B(r, o) = w[o, r] (read as rows of `wk`: [o, kv], kv = K rounded up to 4,
                          zero-padded by the launcher when K % 4 != 0);  out[nb, o, q].
  conv2d_backward_input   the input gradient = conv_transpose2d's forward. Split by output phase
                          (py, px) = ((y + pt) % s, (x + pl) % s): only taps i = py + s*a,
                          j = px + s*b reach such a pixel, from dy[.., qy - a, qx - b] with
                          qy = (y + pt) / s. Grid z = nb*s*s + phase; rows = the phase's pixels,
                          cols = ci, K = o*ta*tb (ta = ceil(kh / s));
                          A(t, r) = dy[nb, oc, qy - a, qx - b] (0 outside),
                          B(r, ci) = rows of `wk` = the launcher's per-phase weights
                          [s*s, c, kv] (w[oc, ci, i, j], 0 where i >= kh or j >= kw).
  conv2d_backward_weight  rows = taps r = (ci, i, j), cols = o, K = n*ho*wo (kk = (nb, q)),
                          split into chunks of p.kchunk (grid z = chunk; partial sums summed
                          by the launcher in chunk order);
                          A(r, kk) = x[nb, ci, oy*s - pt + i, ox*s - pl + j],
                          B(kk, o) = dy[nb, o, q];  out[chunk, o, r].

In every kernel the gathered operand is A (the rows) and the dense one B (read along k, four
values of k per load where the layout allows: `_b4` entries); the output goes straight to its
NCHW (or [o, c, kh, kw]) place, with the epilogue (bias, activation) of the forward kernels.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_matmul import EPILOGUE, Out, comment  # noqa: E402

REGEN = "python3 tools/gen_conv.py"

PARAMS = """\
struct ConvParams {
  n: u32, c: u32, h: u32, w: u32,        // image [n, c, h, w] (conv2d's input)
  o: u32, kh: u32, kw: u32, s: u32,      // conv2d's output channels, kernel, stride
  pt: u32, pl: u32, ho: u32, wo: u32,    // padding above / left, conv2d's output size
  m: u32, ncols: u32, k: u32, kv: u32,   // this GEMM: rows (per grid z), cols, K, row length of wk
  ta: u32, tb: u32, epi: u32, slope: f32, // taps per phase (backward input); epilogue; leaky slope
  kchunk: u32, _p0: u32, _p1: u32, _p2: u32, // K per grid z (backward weight)
}
@group(0) @binding(0) var<uniform> p: ConvParams;
@group(0) @binding(1) var<storage, read> src: array<f32>;
"""

BINDINGS_B4 = """\
@group(0) @binding(2) var<storage, read> wk4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
@group(0) @binding(4) var<storage, read> bias: array<f32>;
"""



# ---------------------------------------------------------------------------------------------
# The three kinds: how rows are set up, how k advances, how A is gathered, where B and C live.
# ---------------------------------------------------------------------------------------------
class Forward:
    k_state = "k = (ci, i, j), tracked incrementally: kc = ci*h*w, ki = i, kj = j"
    name = "conv2d_forward"
    b_vec4_only = True
    a_lanes_along_k = False  # the GPU tiling's A loads: rows (output pixels) are contiguous

    def prologue(self, o):
        o("let nb = wg.z;")
        o("let hw = p.h * p.w;")
        o("let base = nb * p.c * hw;")
        o("let rows = p.m;")

    def row_setup(self, o, s, row):
        o(f"let rq{s} = min({row}, p.m - 1u);")
        o(f"let oy{s} = rq{s} / p.wo;")
        o(f"let ay{s} = i32(oy{s} * p.s) - i32(p.pt);")
        o(f"let ax{s} = i32((rq{s} - oy{s} * p.wo) * p.s) - i32(p.pl);")

    def k_range(self, o):
        o("let kbeg = 0u;")
        o("let kend = p.k;")

    def k_seek(self, o, k):
        """The state k_decode advances, set to k (for the tiled kernels' loads)."""
        o(f"var kk = {k};")
        o("let sc = kk / (p.kh * p.kw);")
        o("let sr = kk - sc * p.kh * p.kw;")
        o("var ki = sr / p.kw;")
        o("var kj = sr - ki * p.kw;")
        o("var kc = sc * hw;")

    def k_decode(self, o, q):
        o(f"let ok{q} = kk < kend;")
        o(f"let ki{q} = i32(ki);")
        o(f"let kj{q} = i32(kj);")
        o(f"let kc{q} = kc;")
        o("kk += 1u;")
        o("kj += 1u;")
        o("if (kj == p.kw) { kj = 0u; ki += 1u; if (ki == p.kh) { ki = 0u; kc += hw; } }")

    def gather(self, o, s, q, var):
        o(f"let y{var} = ay{s} + ki{q};")
        o(f"let x{var} = ax{s} + kj{q};")
        o(f"let in{var} = ok{q} && u32(y{var}) < p.h && u32(x{var}) < p.w;")
        o(f"let {var} = select(0.0, src[select(0u, base + kc{q} + u32(y{var}) * p.w + u32(x{var}), in{var})], in{var});")

    def b_row_base(self, col):
        # vec4 index of row `col` of wk ([ncols, kv])
        return f"{col} * (p.kv / 4u)"

    def store(self, o, row, col, val):
        o(f"out[(nb * p.ncols + {col}) * p.m + {row}] = epilogue({val}, b{col});")


class BackwardInput:
    k_state = "k = (oc, a, b), tracked incrementally: kc = oc*ho*wo, ka = a, kb = b"
    name = "conv2d_backward_input"
    b_vec4_only = True
    a_lanes_along_k = False

    def prologue(self, o):
        o("let ss = p.s * p.s;")
        o("let nb = wg.z / ss;")
        o("let ph = wg.z % ss;")
        o("let py = ph / p.s;")
        o("let px = ph % p.s;")
        o("// first pixel of this phase: the smallest y >= 0 with (y + pt) % s == py")
        o("let y0 = (py + p.s - p.pt % p.s) % p.s;")
        o("let x0 = (px + p.s - p.pl % p.s) % p.s;")
        o("let ny = select(0u, (p.h - y0 + p.s - 1u) / p.s, p.h > y0);")
        o("let nx = select(0u, (p.w - x0 + p.s - 1u) / p.s, p.w > x0);")
        o("let rows = ny * nx;")
        o("let howo = p.ho * p.wo;")
        o("let base = nb * p.o * howo;")

    def row_setup(self, o, s, row):
        o(f"let rt{s} = min({row}, max(rows, 1u) - 1u);")
        o(f"let ty{s} = rt{s} / max(nx, 1u);")
        o(f"let ay{s} = i32((y0 + p.s * ty{s} + p.pt) / p.s);")
        o(f"let ax{s} = i32((x0 + p.s * (rt{s} - ty{s} * nx) + p.pl) / p.s);")

    def k_range(self, o):
        o("let kbeg = 0u;")
        o("let kend = p.k;")

    def k_seek(self, o, k):
        o(f"var kk = {k};")
        o("let sc = kk / (p.ta * p.tb);")
        o("let sr = kk - sc * p.ta * p.tb;")
        o("var ka = sr / p.tb;")
        o("var kb = sr - ka * p.tb;")
        o("var kc = sc * howo;")

    def k_decode(self, o, q):
        o(f"let ok{q} = kk < kend;")
        o(f"let ka{q} = i32(ka);")
        o(f"let kb{q} = i32(kb);")
        o(f"let kc{q} = kc;")
        o("kk += 1u;")
        o("kb += 1u;")
        o("if (kb == p.tb) { kb = 0u; ka += 1u; if (ka == p.ta) { ka = 0u; kc += howo; } }")

    def gather(self, o, s, q, var):
        o(f"let y{var} = ay{s} - ka{q};")
        o(f"let x{var} = ax{s} - kb{q};")
        o(f"let in{var} = ok{q} && u32(y{var}) < p.ho && u32(x{var}) < p.wo;")
        o(f"let {var} = select(0.0, src[select(0u, base + kc{q} + u32(y{var}) * p.wo + u32(x{var}), in{var})], in{var});")

    def b_row_base(self, col):
        return f"(ph * p.ncols + {col}) * (p.kv / 4u)"

    def store(self, o, row, col, val):
        o(f"let sty = {row} / nx;")
        o(f"let sy = y0 + p.s * sty;")
        o(f"let sx = x0 + p.s * ({row} - sty * nx);")
        o(f"out[((nb * p.ncols + {col}) * p.h + sy) * p.w + sx] = epilogue({val}, b{col});")


class BackwardWeight:
    k_state = "k = (nb, oy, ox), tracked incrementally: kimg = nb*c*h*w, kdy = nb*o*ho*wo + oy*wo + ox"
    name = "conv2d_backward_weight"
    b_vec4_only = False
    a_lanes_along_k = True  # k = output pixels, the contiguous axis

    def prologue(self, o):
        o("let hw = p.h * p.w;")
        o("let howo = p.ho * p.wo;")
        o("let khw = p.kh * p.kw;")
        o("let rows = p.m;")

    def row_setup(self, o, s, row):
        o(f"let rr{s} = min({row}, p.m - 1u);")
        o(f"let rc{s} = rr{s} / khw;")
        o(f"let rk{s} = rr{s} - rc{s} * khw;")
        o(f"let ri{s} = rk{s} / p.kw;")
        o(f"let ay{s} = i32(ri{s}) - i32(p.pt);")
        o(f"let ax{s} = i32(rk{s} - ri{s} * p.kw) - i32(p.pl);")
        o(f"let ro{s} = rc{s} * hw;")

    def k_range(self, o):
        o("let kbeg = wg.z * p.kchunk;")
        o("let kend = min(p.k, kbeg + p.kchunk);")

    def k_seek(self, o, k):
        o(f"var kk = {k};")
        o("let kn0 = kk / howo;")
        o("var koy = (kk - kn0 * howo) / p.wo;")
        o("var kox = kk - kn0 * howo - koy * p.wo;")
        o("var kimg = kn0 * p.c * hw;")
        o("var kdy = kn0 * p.o * howo + koy * p.wo + kox;")

    def k_decode(self, o, q):
        o(f"let ok{q} = kk < kend;")
        o(f"let ky{q} = i32(koy * p.s);")
        o(f"let kx{q} = i32(kox * p.s);")
        o(f"let kimg{q} = kimg;")
        o(f"let kdy{q} = kdy;")
        o("kk += 1u;")
        o("kox += 1u;")
        o("kdy += 1u;")
        o("if (kox == p.wo) { kox = 0u; koy += 1u; if (koy == p.ho) { koy = 0u; kimg += p.c * hw; kdy += (p.o - 1u) * howo; } }")

    def gather(self, o, s, q, var):
        o(f"let y{var} = ky{q} + ay{s};")
        o(f"let x{var} = kx{q} + ax{s};")
        o(f"let in{var} = ok{q} && u32(y{var}) < p.h && u32(x{var}) < p.w;")
        o(f"let {var} = select(0.0, src[select(0u, kimg{q} + ro{s} + u32(y{var}) * p.w + u32(x{var}), in{var})], in{var});")

    # B(kk, o) = dy[nb, o, q]: column o starts at o*ho*wo from kdy.
    def b_scalar(self, col, q):
        return f"select(0.0, wk[select(0u, kdy{q} + {col} * howo, ok{q})], ok{q})"

    def store(self, o, row, col, val):
        o(f"out[(wg.z * p.ncols + {col}) * p.m + {row}] = {val};")


def k_init(o, kind):
    """This invocation's K range and the incremental k state at its start."""
    kind.k_range(o)
    o(f"// {kind.k_state}")
    kind.k_seek(o, "kbeg")


# ---------------------------------------------------------------------------------------------
# The lavapipe tiling: the subgroup matmul's shape. A subgroup takes TR rows x 8*CL cols; lane l
# gathers rows 8s + l (four values of k each) and the rows go round with subgroupBroadcast; each
# lane reads its own CL columns of B.
# ---------------------------------------------------------------------------------------------
def gen_subgroup(o, kind, b4, TR=32, CL=8, WGY=2, suffix=""):
    NV = CL // 4
    entry = f"{kind.name}_subgroup{suffix}" + ("_b4" if b4 and not kind.b_vec4_only else "")
    o(f"@compute @workgroup_size({8 * WGY}, 1, 1)")
    o.open(f"fn {entry}(@builtin(workgroup_id) wg: vec3<u32>,")
    o("@builtin(subgroup_id) sg: u32,")
    o("@builtin(subgroup_invocation_id) lane: u32) {")
    o(f"let row0 = (wg.y * {WGY}u + sg) * {TR}u;  // first row of this subgroup")
    o(f"let col0 = (wg.x * 8u + lane) * {CL}u;  // first column of this invocation")
    kind.prologue(o)
    o("// the rows this lane gathers (past the end: the last row again, never stored)")
    for s in range(TR // 8):
        kind.row_setup(o, s, f"row0 + {8 * s}u + lane")
    o("// its columns, clamped")
    for j in range(CL):
        o(f"let cc{j} = min(col0 + {j}u, p.ncols - 1u);")
    if not isinstance(kind, BackwardWeight):
        for j in range(CL):
            o(f"let cb{j} = {kind.b_row_base(f'cc{j}')};")
    for r in range(TR):
        o(" ".join(f"var acc{r}_{jv} = vec4<f32>(0.0);" for jv in range(NV)))
    k_init(o, kind)
    o("let steps = (kend - kbeg + 3u) / 4u;")
    o.open("for (var kq = 0u; kq < steps; kq++) {")
    for q in range(4):
        kind.k_decode(o, q)
    for s in range(TR // 8):
        for q in range(4):
            kind.gather(o, s, q, f"g{s}_{q}")
    # B: column j, four values of k
    if isinstance(kind, BackwardWeight):
        if b4:
            for j in range(CL):
                o(f"let bc{j} = wk4[(kdy0 + cc{j} * howo) / 4u];")
        else:
            for j in range(CL):
                o(f"let bc{j} = vec4<f32>(" + ", ".join(kind.b_scalar(f"cc{j}", q) for q in range(4)) + ");")
    else:
        o("let kb4 = kq;")
        for j in range(CL):
            o(f"let bc{j} = wk4[cb{j} + kb4];")
    for q in range(4):
        for jv in range(NV):
            o(f"let bq{q}_{jv} = vec4<f32>(" + ", ".join(f"bc{4 * jv + t}[{q}]" for t in range(4)) + ");")
    for r in range(TR):
        for q in range(4):
            o(f"let x{r}_{q} = vec4<f32>(subgroupBroadcast(g{r // 8}_{q}, {r % 8}u));")
        for jv in range(NV):
            o(" ".join(f"acc{r}_{jv} = fma(x{r}_{q}, bq{q}_{jv}, acc{r}_{jv});" for q in range(4)))
    o.close()
    o("// store")
    for j in range(CL):
        o(f"let oc{j} = col0 + {j}u;")
    emit_stores(o, kind, TR, CL, lambda r: f"row0 + {r}u", lambda r, j: f"acc{r}_{j // 4}[{j % 4}]")
    o.close()


def emit_stores(o, kind, rows, cols, row_expr, value):
    """Guarded stores of a rows x cols block whose columns are oc0.. (already defined), with the
    bias of each column loaded once for the kinds that have an epilogue."""
    if not isinstance(kind, BackwardWeight):
        o("// the bias of each column, loaded once (zero without a bias: then `bias` is a dummy)")
        for j in range(cols):
            o(f"var boc{j} = 0.0;")
        o.open("if ((p.epi & 3u) != 0u) {")
        for j in range(cols):
            o(f"boc{j} = bias[min(oc{j}, p.ncols - 1u)];")
        o.close()
    for r in range(rows):
        o.open(f"if ({row_expr(r)} < rows) {{")
        o(f"let orow = {row_expr(r)};")
        for j in range(cols):
            o.open(f"if (oc{j} < p.ncols) {{")
            kind.store(o, "orow", f"oc{j}", value(r, j))
            o.close()
        o.close()


NARROW_TR = 32


def subgroup_file():
    o = Out()
    o(comment(f"""
GENERATED FILE - do not edit. Produced by tools/gen_conv.py; regenerate with `{REGEN}`.
Implicit-GEMM convolutions, lavapipe tiling (see the generator's docstring for the GEMMs).
Needs wgpu::Features::SUBGROUP with subgroups of exactly 8 invocations.
workgroup_size(16, 1, 1) = 2 subgroups; a subgroup computes 32 rows x 64 cols, a lane 32 x 8;
grid = (ceil(cols / 64), ceil(rows / 64), z as the kernel says)."""))
    o(PARAMS.rstrip())
    o(BINDINGS_B4.rstrip())
    o("@group(0) @binding(2) var<storage, read> wk: array<f32>;  // scalar view (backward weight, any ho*wo)")
    o("")
    o(EPILOGUE.rstrip())
    o("")
    return o


# ---------------------------------------------------------------------------------------------
# The GPU tiling: the shape of `matmul_tiled64` (tools/gen_matmul.py), with the A loads
# gathering patches. A workgroup of 256 invocations computes a BM x BN block, each invocation
# TM x TN = 4 x 4 outputs (rows 4ty + i, columns 4tx + j); per K step of BK = 16 the A tile
# (BM x BK, kept k-major) and the B tile (BK x BN) are staged in workgroup memory, double
# buffered with one barrier per step (see gen_matmul.py for why one suffices).
#
# Loads: each invocation fills one whole vec4 of each tile per step (4 rows of A at one k, 4
# columns of B at one k): WGSL lets a write to one component of a vector access all of it, so
# invocations writing different components of one vec4 would race. For A, neighbouring
# invocations take neighbouring 4-row groups at one k where the rows are the contiguous axis
# (forward, input gradient: output pixels) and neighbouring k of one row group where k is (the
# weight gradient: k = pixels); B is read along k (weight rows, dy along pixels). The k decode
# (two divisions) is done once per step. Zeros past every edge and past kend, so partial tiles
# need no other care; stores are guarded.
# ---------------------------------------------------------------------------------------------
TILED_BM, TILED_BN, TILED_BK = 64, 64, 16


def tiled_smem_bytes(BM=TILED_BM, BN=TILED_BN, BK=TILED_BK):
    return 2 * BK * (BM + BN) * 4


def gen_tiled(o, kind, BM=TILED_BM, BN=TILED_BN, BK=TILED_BK):
    TM = TN = 4
    NX, NY = BN // TN, BM // TM
    T = NX * NY
    assert T == 256 and 4 * T == BM * BK and 4 * T == BN * BK and BM // 4 == BK == BN // 4
    SA, SB = BK * BM // 4, BK * BN // 4
    A, B = "conv_tiled_a", "conv_tiled_b"
    weight = isinstance(kind, BackwardWeight)
    o(f"@compute @workgroup_size({T}, 1, 1)")
    o.open(f"fn {kind.name}_tiled(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {{")
    o(f"let tx = li % {NX}u;")
    o(f"let ty = li / {NX}u;")
    o(f"let m0 = wg.y * {BM}u;")
    o(f"let n0 = wg.x * {BN}u;")
    kind.prologue(o)
    kind.k_range(o)
    o(f"let steps = (kend - kbeg + {BK - 1}u) / {BK}u;")
    o("// the A slot this invocation fills: rows 4 la_row4 + 0..3 at k la_k of each step")
    if kind.a_lanes_along_k:
        o(f"let la_k = li % {BK}u;")
        o(f"let la_row4 = li / {BK}u;")
    else:
        o(f"let la_row4 = li % {BM // 4}u;")
        o(f"let la_k = li / {BM // 4}u;")
    o("// (rows past the end: the last row again, never stored)")
    for c in range(4):
        kind.row_setup(o, f"r{c}", f"m0 + 4u * la_row4 + {c}u")
    o("// the B slot: columns 4 lb_col4 + 0..3 at k lb_k (clamped; columns past the end are never stored)")
    o(f"let lb_k = li % {BK}u;")
    o(f"let lb_col4 = li / {BK}u;")
    for c in range(4):
        o(f"let cb{c} = min(n0 + 4u * lb_col4 + {c}u, p.ncols - 1u);")
        if not weight:
            o(f"let cbase{c} = 4u * ({kind.b_row_base(f'cb{c}')});  // row cb{c} of wk")
    o("var pa = vec4<f32>(0.0);")
    o("var pb = vec4<f32>(0.0);")

    def load(k0):
        o.open("{")
        kind.k_seek(o, f"{k0} + la_k")
        kind.k_decode(o, 0)
        for c in range(4):
            kind.gather(o, f"r{c}", 0, f"g{c}")
        o("pa = vec4<f32>(g0, g1, g2, g3);")
        o.close()
        o.open("{")
        if weight:
            kind.k_seek(o, f"{k0} + lb_k")
            kind.k_decode(o, 0)
            o("pb = vec4<f32>(" + ", ".join(kind.b_scalar(f"cb{c}", 0) for c in range(4)) + ");")
        else:
            o(f"let kb = {k0} + lb_k;  // kbeg = 0: the weight rows are zero-padded to kv")
            o("let okb = kb < p.kv;")
            o("pb = vec4<f32>(" + ", ".join(
                f"select(0.0, wk[select(0u, cbase{c} + kb, okb)], okb)" for c in range(4)) + ");")
        o.close()

    def store(buf):
        o(f"let sa = {buf} * {SA}u;")
        o(f"let sb = {buf} * {SB}u;")
        o(f"{A}[sa + la_k * {BM // 4}u + la_row4] = pa;")
        o(f"{B}[sb + lb_k * {BN // 4}u + lb_col4] = pb;")

    load("kbeg")
    o.open("{")
    store("0u")
    o.close()
    o("workgroupBarrier();")
    for i in range(TM):
        o(f"var acc{i} = vec4<f32>(0.0);")
    o.open("for (var t = 0u; t < steps; t++) {")
    o("let more = t + 1u < steps;")
    o.open("if (more) {")
    load(f"kbeg + (t + 1u) * {BK}u")
    o.close()
    o(f"let ra = (t & 1u) * {SA}u + ty;")
    o(f"let rb = (t & 1u) * {SB}u + tx;")
    o("// k ascends (zeros past kend), as in the other kernels")
    for kk in range(BK):
        o(f"let a{kk} = {A}[ra + {kk * BM // 4}u];")
        o(f"let b{kk} = {B}[rb + {kk * BN // 4}u];")
        o(" ".join(f"acc{i} = fma(vec4<f32>(a{kk}[{i}]), b{kk}, acc{i});" for i in range(TM)))
    o.open("if (more) {")
    store("((t + 1u) & 1u)")
    o.close()
    o("workgroupBarrier();")
    o.close()
    o("// store")
    for j in range(TN):
        o(f"let oc{j} = n0 + 4u * tx + {j}u;")
    emit_stores(o, kind, TM, TN, lambda i: f"m0 + 4u * ty + {i}u", lambda i, j: f"acc{i}[{j}]")
    o.close()


def tiled_file():
    o = Out()
    o(comment(f"""
GENERATED FILE - do not edit. Produced by tools/gen_conv.py; regenerate with `{REGEN}`.
Implicit-GEMM convolutions, GPU tiling (see the generator's docstring for the GEMMs).
workgroup_size(256): {TILED_BM} rows x {TILED_BN} cols per workgroup, 4 x 4 per invocation, K step {TILED_BK};
A and B tiles in workgroup memory ({tiled_smem_bytes()} bytes), double buffered. No subgroup operations.
grid = (ceil(cols / {TILED_BN}), ceil(rows / {TILED_BM}), z as the kernel says)."""))
    o(PARAMS.rstrip())
    o(BINDINGS_B4.rstrip())
    o("@group(0) @binding(2) var<storage, read> wk: array<f32>;  // scalar view (backward weight)")
    o(f"var<workgroup> conv_tiled_a: array<vec4<f32>, {2 * TILED_BK * TILED_BM // 4}>;")
    o(f"var<workgroup> conv_tiled_b: array<vec4<f32>, {2 * TILED_BK * TILED_BN // 4}>;")
    o("")
    o(EPILOGUE.rstrip())
    o("")
    return o


def main(argv):
    out = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "shaders")
    o = subgroup_file()
    gen_subgroup(o, Forward(), True)
    o("")
    gen_subgroup(o, BackwardInput(), True)
    o("")
    gen_subgroup(o, BackwardWeight(), True)
    o("")
    gen_subgroup(o, BackwardWeight(), False)
    o("")
    # GEMMs at most 32 columns wide (the residual blocks' 3x3 convs to 32 channels): 4 columns
    # per lane, so half of a 64-wide tile is not spent on nothing
    for kind, b4 in ((Forward(), True), (BackwardInput(), True), (BackwardWeight(), True),
                     (BackwardWeight(), False)):
        gen_subgroup(o, kind, b4, TR=NARROW_TR, CL=4, suffix="_n32")
        o("")
    open(os.path.join(out, "conv_implicit_subgroup.wgsl"), "w").write(o.text())
    o = tiled_file()
    for kind in (Forward(), BackwardInput(), BackwardWeight()):
        gen_tiled(o, kind)
        o("")
    open(os.path.join(out, "conv_implicit_tiled.wgsl"), "w").write(o.text())


if __name__ == "__main__":
    main(sys.argv)
