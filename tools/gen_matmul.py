#!/usr/bin/env python3
"""Generate the matmul WGSL kernels.

Writes seven files:
  matmul.wgsl            portable kernels `matmul` (any shape) and `matmul_vec4` (aligned shapes)
  matmul_subgroup.wgsl   `matmul_subgroup`, `matmul_subgroup_small_m` (aligned shapes, needs
                         subgroup size 8)
  matmul_tiled.wgsl      `matmul_tiled128`, `matmul_tiled64`, `matmul_tiled_small_m`: workgroup-
                         memory tiles for real GPUs (any shape), each with a `_vec4` twin
  codebook_nearest.wgsl  `nearest_code[_vec4]`: a matmul tile fused with the nearest-code argmin
  codebook_nearest_subgroup.wgsl  `nearest_code_subgroup`: the same with subgroup sharing
  codebook_nearest_tiled.wgsl     `nearest_code_tiled`: the same on the GPU tiling (workgroup memory)
  matmul_coop.wgsl       `matmul_coop16`, `matmul_coop8`: f16 operands on cooperative matrices (tensor
                         cores; wgpu's experimental extension), f32 accumulation, any shape
(The matmul kernels' f16-operand twins are not files: `kernels::with_f16_operands` makes them
from these at start-up.)

Usage:
  python3 tools/gen_matmul.py [OUT_DIR]            # write both files (default: shaders/) with the tuned tile sizes
  python3 gen_matmul.py --portable TM TN TM4 TN4 FILE  # exploration: other tile sizes
  python3 gen_matmul.py --subgroup TR CL WGY FILE      # exploration: other tile sizes
  python3 gen_matmul.py --nearest TM TN WGX WGY FILE   # exploration: other tile sizes
  python3 gen_matmul.py --nearest-subgroup TR CL WGY FILE         # exploration: other tile sizes

Why the code looks like this (Mesa lavapipe = Vulkan on the CPU, 8 invocations per AVX2
vector): every storage-buffer load becomes a per-lane loop with a bounds check, so a load
costs about as much as a hundred FMAs whether it reads one float or a vec4. The kernels
therefore keep a large block of outputs in registers and read each operand with as few load
instructions as possible. Loops over local arrays are slow under naga's bounds-checked mode,
so the register block is fully unrolled into named scalar/vec4 locals here in the generator.

Everything matrix-shaped is row-major. A is [M,K] ([K,M] when TRANS_A), B is [K,N]
([N,K] when TRANS_B), C is [M,N]. Batch b uses A + b*stride_a, B + b*stride_b,
C + b*stride_c (element strides; 0 means the operand is shared by all batches).
"""
import os
import sys

# Tuned defaults (see REPORT.md for the measurements behind them).
PORTABLE_TM, PORTABLE_TN = 16, 16  # `matmul`: rows x cols per invocation (scalar loads)
VEC4_TM, VEC4_TN = 16, 16  # `matmul_vec4`: rows x cols per invocation (multiples of 4)
SG_TR, SG_CL, SG_WGY = 32, 8, 2  # `matmul_subgroup`: rows per subgroup, cols per lane, subgroups per workgroup
SG_SMALL_TR, SG_SMALL_CL, SG_SMALL_WGY = 16, 8, 1  # `matmul_subgroup_small_m` (M <= 16)

REGEN = "python3 tools/gen_matmul.py"

HEADER = """\
// GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `{regen}`.
{doc}
struct MatmulParams {{
  m: u32, n: u32, k: u32, batch: u32,
  stride_a: u32, stride_b: u32, stride_c: u32,
  epi: u32, slope: f32,  // the tiled kernels' epilogue: bias mode (epi & 3), leaky slope
  _p0: u32, _p1: u32, _p2: u32,
}}
@group(0) @binding(0) var<uniform> p: MatmulParams;
{views}
@group(0) @binding(3) var<storage, read_write> c: array<f32>;

override TRANS_A: bool = false;
override TRANS_B: bool = false;
"""


def comment(text):
    return "\n".join(("// " + line).rstrip() for line in text.strip("\n").split("\n"))


class Out:
    """Collects indented lines."""

    def __init__(self):
        self.lines = []
        self.depth = 0

    def __call__(self, line=""):
        self.lines.append("  " * self.depth + line if line else "")

    def open(self, line):
        self(line)
        self.depth += 1

    def close(self, line="}"):
        self.depth -= 1
        self(line)

    def text(self):
        return "\n".join(self.lines) + "\n"


def emit_stores(o, rows, cols, value, row_expr, col_expr):
    """Guarded scalar stores of a rows x cols block. value(i, j) gives the WGSL expression."""
    o("let coff = wg.z * p.stride_c;")
    for j in range(cols):
        o(f"let oc{j} = {col_expr(j)};")
    for i in range(rows):
        o(f"let or{i} = {row_expr(i)};")
        o.open(f"if (or{i} < p.m) {{")
        o(f"let cr = coff + or{i} * p.n;")
        for j in range(cols):
            o(f"if (oc{j} < p.n) {{ c[cr + oc{j}] = {value(i, j)}; }}")
        o.close()


# ---------------------------------------------------------------------------------------------
# `matmul`: any shape. Scalar loads, TM x TN outputs per invocation.
# ---------------------------------------------------------------------------------------------
def gen_scalar(o, TM, TN, WGX=8, WGY=8):
    o(comment(f"""
matmul: any M, N, K, any batch strides, all four (TRANS_A, TRANS_B).
  workgroup_size({WGX}, {WGY}, 1); each invocation computes {TM} x {TN} outputs (rows x cols);
  output tile per workgroup = {WGY * TM} rows x {WGX * TN} cols;
  grid = (ceil(N / {WGX * TN}), ceil(M / {WGY * TM}), batch).
Out-of-range rows/cols are clamped when loading and skipped when storing."""))
    o(f"@compute @workgroup_size({WGX}, {WGY}, 1)")
    o.open("fn matmul(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {")
    assert WGX == WGY
    o("// Which local index runs along rows: measured on lavapipe, lid.x along columns is")
    o("// faster except when both operands are transposed.")
    o("let swap = TRANS_A && TRANS_B;")
    o("let lr = select(lid.y, lid.x, swap);")
    o("let lc = select(lid.x, lid.y, swap);")
    o(f"let row0 = (wg.y * {WGY}u + lr) * {TM}u;")
    o(f"let col0 = (wg.x * {WGX}u + lc) * {TN}u;")
    o("// A(i, kk) = a[ra_i + kk * a_step], B(kk, j) = b[cb_j + kk * b_step]")
    o("let a_step = select(1u, p.m, TRANS_A);")
    o("let b_step = select(p.n, 1u, TRANS_B);")
    o("let a_row = select(p.k, 1u, TRANS_A);")
    o("let b_col = select(1u, p.k, TRANS_B);")
    o("let aoff = wg.z * p.stride_a;")
    o("let boff = wg.z * p.stride_b;")
    for i in range(TM):
        o(f"let ra{i} = aoff + min(row0 + {i}u, p.m - 1u) * a_row;")
    for j in range(TN):
        o(f"let cb{j} = boff + min(col0 + {j}u, p.n - 1u) * b_col;")
    for i in range(TM):
        o(" ".join(f"var acc{i}_{j} = 0.0;" for j in range(TN)))
    o("var ka = 0u;")
    o("var kb = 0u;")
    o.open("for (var kk = 0u; kk < p.k; kk++) {")
    for i in range(TM):
        o(f"let a{i} = a[ra{i} + ka];")
    for j in range(TN):
        o(f"let b{j} = b[cb{j} + kb];")
    for i in range(TM):
        o(" ".join(f"acc{i}_{j} = fma(a{i}, b{j}, acc{i}_{j});" for j in range(TN)))
    o("ka += a_step;")
    o("kb += b_step;")
    o.close()
    emit_stores(o, TM, TN, lambda i, j: f"acc{i}_{j}",
                lambda i: f"row0 + {i}u", lambda j: f"col0 + {j}u")
    o.close()


# ---------------------------------------------------------------------------------------------
# `matmul_vec4`: aligned shapes. vec4 loads along each operand's contiguous axis.
# ---------------------------------------------------------------------------------------------
def gen_vec4(o, TM, TN, WGX=8, WGY=8):
    assert TM % 4 == 0 and TN % 4 == 0
    NV = TN // 4
    o(comment(f"""
matmul_vec4: same result as `matmul`, for aligned shapes only:
  K % 4 == 0, and M % 4 == 0 when TRANS_A, and N % 4 == 0 when !TRANS_B,
  and stride_a % 4 == 0, stride_b % 4 == 0 (true for the dense strides M*K, K*N, and for 0).
  (M and N are otherwise free: rows/cols past the end are clamped on load, skipped on store.)
  workgroup_size({WGX}, {WGY}, 1); each invocation computes {TM} x {TN} outputs;
  output tile per workgroup = {WGY * TM} rows x {WGX * TN} cols;
  grid = (ceil(N / {WGX * TN}), ceil(M / {WGY * TM}), batch).
Each step of the k loop covers 4 values of k with {TM} + {TN} vec4 loads."""))
    o(f"@compute @workgroup_size({WGX}, {WGY}, 1)")
    o.open("fn matmul_vec4(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {")
    o(f"let row0 = (wg.y * {WGY}u + lid.y) * {TM}u;")
    o(f"let col0 = (wg.x * {WGX}u + lid.x) * {TN}u;")
    o("let k4 = p.k / 4u;")
    o("let aoff = wg.z * (p.stride_a / 4u);")
    o("let boff = wg.z * (p.stride_b / 4u);")
    o("// vec4 bases. ra_i: row i of A (!TRANS_A, vec4 along k); ga_g: rows 4g..4g+3 of A")
    o("// (TRANS_A, vec4 along m); gb_jv: cols 4jv..4jv+3 of B (!TRANS_B, vec4 along n);")
    o("// cb_j: col j of B (TRANS_B, vec4 along k).")
    for i in range(TM):
        o(f"let ra{i} = aoff + min(row0 + {i}u, p.m - 1u) * k4;")
    for g in range(TM // 4):
        o(f"let ga{g} = aoff + min(row0 / 4u + {g}u, p.m / 4u - 1u);")
    for jv in range(NV):
        o(f"let gb{jv} = boff + min(col0 / 4u + {jv}u, p.n / 4u - 1u);")
    for j in range(TN):
        o(f"let cb{j} = boff + min(col0 + {j}u, p.n - 1u) * k4;")
    o("let m4 = p.m / 4u;")
    o("let n4 = p.n / 4u;")
    for i in range(TM):
        o(" ".join(f"var acc{i}_{jv} = vec4<f32>(0.0);" for jv in range(NV)))
    o("// vec4 offsets of rows 4kq of A (TRANS_A) and of B (!TRANS_B), advanced by hand:")
    o("// written as (4kq + q) * m4, lavapipe ran TRANS_A && !TRANS_B at 1024^3 ~6x slower.")
    o("var a_k = 0u;")
    o("var b_k = 0u;")
    o.open("for (var kq = 0u; kq < k4; kq++) {")
    o("// bq_jv = B(4kq + q, col0 + 4jv .. 4jv+3)")
    for q in range(4):
        for jv in range(NV):
            o(f"var bq{q}_{jv}: vec4<f32>;")
    o.open("if (TRANS_B) {")
    for j in range(TN):
        o(f"let bc{j} = b4[cb{j} + kq];")
    for q in range(4):
        for jv in range(NV):
            o(f"bq{q}_{jv} = vec4<f32>(" + ", ".join(f"bc{4 * jv + t}[{q}]" for t in range(4)) + ");")
    o.close("} else {")
    o.depth += 1
    for q in range(4):
        o(f"let kb{q} = b_k + {q}u * n4;")
        for jv in range(NV):
            o(f"bq{q}_{jv} = b4[gb{jv} + kb{q}];")
    o.close()
    # A is read in one of two layouts; the FMA block is written out for each so that every
    # A value is used straight from the vec4 it was loaded in. Row-major FMA order: each
    # accumulator is read and written once per k step.
    o.open("if (TRANS_A) {")
    for q in range(4):
        o(f"let ka{q} = a_k + {q}u * m4;")
        for g in range(TM // 4):
            o(f"let ag{g}_{q} = a4[ga{g} + ka{q}];")
    emit_vec4_fmas(o, TM, NV, lambda i, q: f"ag{i // 4}_{q}[{i % 4}]")
    o.close("} else {")
    o.depth += 1
    for i in range(TM):
        o(f"let av{i} = a4[ra{i} + kq];")
    emit_vec4_fmas(o, TM, NV, lambda i, q: f"av{i}[{q}]")
    o.close()
    o("a_k += 4u * m4;")
    o("b_k += 4u * n4;")
    o.close()
    emit_stores(o, TM, TN, lambda i, j: f"acc{i}_{j // 4}[{j % 4}]",
                lambda i: f"row0 + {i}u", lambda j: f"col0 + {j}u")
    o.close()


def emit_vec4_fmas(o, TM, NV, a_value):
    for i in range(TM):
        for q in range(4):
            o(f"let s{i}_{q} = vec4<f32>({a_value(i, q)});")
        for jv in range(NV):
            o(" ".join(f"acc{i}_{jv} = fma(s{i}_{q}, bq{q}_{jv}, acc{i}_{jv});" for q in range(4)))


def portable(TM=PORTABLE_TM, TN=PORTABLE_TN, TM4=VEC4_TM, TN4=VEC4_TN):
    o = Out()
    gen_scalar(o, TM, TN)
    o()
    gen_vec4(o, TM4, TN4)
    views = """\
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
// vec4 views of the same two buffers; only `matmul_vec4` uses them.
@group(0) @binding(1) var<storage, read> a4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f32>>;"""
    doc = comment("""
Batched f32 matmul: C[b] = op(A[b]) . op(B[b]), op = identity or transpose (TRANS_A, TRANS_B).
Portable: no subgroup operations, no workgroup memory, no barriers.""")
    return HEADER.format(regen=REGEN, doc=doc, views=views) + "\n" + o.text()


# ---------------------------------------------------------------------------------------------
# `matmul_subgroup`: aligned shapes, subgroups of exactly 8 invocations.
#
# A subgroup computes TR rows x 8*CL cols. Lane l owns all TR rows and the CL columns
# l*CL .. l*CL+CL-1 of that block. Per 4 values of k it loads its own B values directly
# (CL vec4 loads) and only TR/8 vec4 loads of A; the TR x 4 A values every lane needs are then
# passed around with subgroupBroadcast, which on lavapipe is a register shuffle, not a load.
# ---------------------------------------------------------------------------------------------
def sg_a_loads(o, TR, ta):
    """Emit A loads for one k step; return src(r, q) -> (var expr, lane) for broadcasting."""
    if not ta:
        # lane l, slot s holds row 8s + l as a vec4 over q.
        for s in range(TR // 8):
            o(f"let as{s} = a4[ra{s} + kq];")
        return lambda r, q: (f"as{r // 8}[{q}]", r % 8)
    # TRANS_A: lane l loads groups of 4 rows (vec4 along m) for each q.
    G = TR // 4  # groups of 4 rows
    if G % 8 == 0:
        # lane l, slot t holds group 8t + l for all four q; G/8*4 = TR/8 loads.
        for q in range(4):
            o(f"let ka{q} = a_k + {q}u * m4;")
            for t in range(G // 8):
                o(f"let ag{t}_{q} = a4[ga{t} + ka{q}];")
        return lambda r, q: (f"ag{(r // 4) // 8}_{q}[{r % 4}]", (r // 4) % 8)
    # Otherwise (TR not a multiple of 32): piece (group g, step q) is number q*G + g and is loaded
    # by lane piece % 8 into slot piece // 8.
    npieces = 4 * G  # == TR, a multiple of 8
    for s in range(npieces // 8):
        o(f"let ap{s} = a4[ga{s} + a_k + kqo{s} * m4];")
    return lambda r, q: (f"ap{(q * G + r // 4) // 8}[{r % 4}]", (q * G + r // 4) % 8)


def gen_subgroup(o, TR, CL, WGY, name="matmul_subgroup"):
    assert TR % 8 == 0 and CL % 4 == 0
    NV = CL // 4
    TC = 8 * CL
    G = TR // 4
    o(comment(f"""
{name}: same result as `matmul`, for aligned shapes only (the `matmul_vec4` rule):
  K % 4 == 0, and M % 4 == 0 when TRANS_A, and N % 4 == 0 when !TRANS_B,
  and stride_a % 4 == 0, stride_b % 4 == 0.
Requires subgroups of exactly 8 invocations (subgroup_min_size == subgroup_max_size == 8).
  workgroup_size({8 * WGY}, 1, 1) = {WGY} subgroups (naga only allows the subgroup builtins in
  one-dimensional workgroups; lanes and subgroups come from those builtins, so the kernel
  does not depend on how invocations are packed into subgroups); each subgroup computes {TR} rows x {TC} cols,
  each invocation {TR} rows x {CL} cols;
  output tile per workgroup = {WGY * TR} rows x {TC} cols;
  grid = (ceil(N / {TC}), ceil(M / {WGY * TR}), batch).
Per 4 values of k an invocation issues {TR // 8} vec4 loads of A and {CL} of B;
A values are shared within the subgroup with subgroupBroadcast."""))
    o(f"@compute @workgroup_size({8 * WGY}, 1, 1)")
    o.open(f"fn {name}(@builtin(workgroup_id) wg: vec3<u32>,")
    o("@builtin(subgroup_id) sg: u32,")
    o("@builtin(subgroup_invocation_id) lane: u32) {")
    o(f"let row0 = (wg.y * {WGY}u + sg) * {TR}u;  // first row of this subgroup")
    o(f"let col0 = (wg.x * 8u + lane) * {CL}u;  // first column of this invocation")
    o("let k4 = p.k / 4u;")
    o("let m4 = p.m / 4u;")
    o("let n4 = p.n / 4u;")
    o("let aoff = wg.z * (p.stride_a / 4u);")
    o("let boff = wg.z * (p.stride_b / 4u);")
    o("// !TRANS_A: this lane loads rows row0 + 8s + lane (vec4 along k).")
    for s in range(TR // 8):
        o(f"let ra{s} = aoff + min(row0 + {8 * s}u + lane, p.m - 1u) * k4;")
    o("// TRANS_A: this lane loads row groups (4 rows, vec4 along m).")
    if G % 8 == 0:
        for t in range(G // 8):
            o(f"let ga{t} = aoff + min(row0 / 4u + {8 * t}u + lane, m4 - 1u);")
    else:
        for s in range(TR // 8):
            # piece = 8s + lane -> q = piece / G, g = piece % G
            o(f"let ga{s} = aoff + min(row0 / 4u + ({8 * s}u + lane) % {G}u, m4 - 1u);")
            o(f"let kqo{s} = ({8 * s}u + lane) / {G}u;")
    for jv in range(NV):
        o(f"let gb{jv} = boff + min(col0 / 4u + {jv}u, n4 - 1u);")
    for j in range(CL):
        o(f"let cb{j} = boff + min(col0 + {j}u, p.n - 1u) * k4;")
    for r in range(TR):
        o(" ".join(f"var acc{r}_{jv} = vec4<f32>(0.0);" for jv in range(NV)))
    # The k loop is written out twice (TRANS_A or not): the two differ in where each
    # broadcast value comes from. TRANS_A is an override constant, so the unused copy is
    # removed when the pipeline is compiled.
    o.open("if (TRANS_A) {")
    for ta in (True, False):
        if not ta:
            o.close("} else {")
            o.depth += 1
        o("var a_k = 0u;  // vec4 offset of row 4kq of A (TRANS_A) and B (!TRANS_B)")
        o("var b_k = 0u;")
        o.open("for (var kq = 0u; kq < k4; kq++) {")
        src = sg_a_loads(o, TR, ta)
        for q in range(4):
            for jv in range(NV):
                o(f"var bq{q}_{jv}: vec4<f32>;")
        o.open("if (TRANS_B) {")
        for j in range(CL):
            o(f"let bc{j} = b4[cb{j} + kq];")
        for q in range(4):
            for jv in range(NV):
                o(f"bq{q}_{jv} = vec4<f32>(" + ", ".join(f"bc{4 * jv + t}[{q}]" for t in range(4)) + ");")
        o.close("} else {")
        o.depth += 1
        for q in range(4):
            o(f"let kb{q} = b_k + {q}u * n4;")
            for jv in range(NV):
                o(f"bq{q}_{jv} = b4[gb{jv} + kb{q}];")
        o.close()
        # Row-major FMA order: each accumulator is read and written once per k step
        # (it lives on the stack: the block is far larger than the register file).
        for r in range(TR):
            for q in range(4):
                expr, ln = src(r, q)
                o(f"let x{r}_{q} = vec4<f32>(subgroupBroadcast({expr}, {ln}u));")
            for jv in range(NV):
                o(" ".join(f"acc{r}_{jv} = fma(x{r}_{q}, bq{q}_{jv}, acc{r}_{jv});" for q in range(4)))
        o("a_k += 4u * m4;")
        o("b_k += 4u * n4;")
        o.close()
    o.close()
    emit_stores(o, TR, CL, lambda r, j: f"acc{r}_{j // 4}[{j % 4}]",
                lambda r: f"row0 + {r}u", lambda j: f"col0 + {j}u")
    o.close()


def subgroup(TR=SG_TR, CL=SG_CL, WGY=SG_WGY):
    o = Out()
    gen_subgroup(o, TR, CL, WGY)
    o()
    # M <= 16 (the recurrent steps at small batch): 16-row subgroup tiles instead of 64-row
    # workgroups that would mostly compute clamped copies of the last row.
    gen_subgroup(o, SG_SMALL_TR, SG_SMALL_CL, SG_SMALL_WGY, "matmul_subgroup_small_m")
    views = """\
@group(0) @binding(1) var<storage, read> a4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f32>>;"""
    doc = comment("""
Batched f32 matmul: C[b] = op(A[b]) . op(B[b]), op = identity or transpose (TRANS_A, TRANS_B).
Needs wgpu::Features::SUBGROUP (no `enable` directive: naga 30 does not accept one).""")
    return HEADER.format(regen=REGEN, doc=doc, views=views) + "\n" + o.text()


# ---------------------------------------------------------------------------------------------
# `nearest_code`: the nearest codebook row of every query, fused: dot products, squared norms,
# distances and the running first-minimum all stay in registers, so the N x K distance matrix
# never exists. Same register-block shape as the matmul kernels (TM queries x TN codes per
# invocation), then one pass through workgroup memory to merge the WGX lanes of each query.
# ---------------------------------------------------------------------------------------------
NEAREST_TM, NEAREST_TN = 16, 16


def gen_nearest_entry(o, name, vec4, TM, TN, WGX=8, WGY=8):
    rows_wg, codes_wg = WGY * TM, WGX * TN
    x, e = ("x4", "e4") if vec4 else ("x", "e")
    steps = "p.d / 4u" if vec4 else "p.d"
    o(f"@compute @workgroup_size({WGX}, {WGY}, 1)")
    o.open(f"fn {name}(@builtin(workgroup_id) wg: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,")
    o("    @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) li: u32) {")
    o(f"let wg_row0 = (wg.x + wg.y * nwg.x) * {rows_wg}u;")
    o(f"let row0 = wg_row0 + lid.y * {TM}u;" if WGY > 1 else "let row0 = wg_row0;  // the same for the whole workgroup")
    o(f"let steps = {steps};")
    o("// Rows past N repeat row N-1 (their results are never stored).")
    for i in range(TM):
        o(f"let ra{i} = min(row0 + {i}u, p.n - 1u) * steps;")
    o("// ‖x_i‖², summed in the same order as the dot products below.")
    for i in range(TM):
        o(f"var xn{i} = 0.0;")
    o.open("for (var s = 0u; s < steps; s++) {")
    for i in range(TM):
        o(f"let a{i} = {x}[ra{i} + s];")
        if vec4:
            o(f"xn{i} = fma(a{i}.w, a{i}.w, fma(a{i}.z, a{i}.z, fma(a{i}.y, a{i}.y, fma(a{i}.x, a{i}.x, xn{i}))));")
        else:
            o(f"xn{i} = fma(a{i}, a{i}, xn{i});")
    o.close()
    for i in range(TM):
        o(f"var best{i} = 3.402823e38;")
        o(f"var bi{i} = 0u;")
    o(f"for (var c0 = lid.x * {TN}u; c0 < p.k; c0 += {codes_wg}u) {{")
    o.depth += 1
    o("// Codes past K repeat code K-1 with its own index: a tie with itself changes nothing.")
    for j in range(TN):
        o(f"let ci{j} = min(c0 + {j}u, p.k - 1u);")
        o(f"let cb{j} = ci{j} * steps;")
    for i in range(TM):
        o(" ".join(f"var acc{i}_{j} = 0.0;" for j in range(TN)))
    for j in range(TN):
        o(f"var en{j} = 0.0;")
    o.open("for (var s = 0u; s < steps; s++) {")
    for i in range(TM):
        o(f"let a{i} = {x}[ra{i} + s];")
    for j in range(TN):
        o(f"let b{j} = {e}[cb{j} + s];")
        if vec4:
            o(f"en{j} = fma(b{j}.w, b{j}.w, fma(b{j}.z, b{j}.z, fma(b{j}.y, b{j}.y, fma(b{j}.x, b{j}.x, en{j}))));")
        else:
            o(f"en{j} = fma(b{j}, b{j}, en{j});")
    for i in range(TM):
        if vec4:
            o(" ".join(f"acc{i}_{j} = fma(a{i}.w, b{j}.w, fma(a{i}.z, b{j}.z, fma(a{i}.y, b{j}.y, fma(a{i}.x, b{j}.x, acc{i}_{j}))));" for j in range(TN)))
        else:
            o(" ".join(f"acc{i}_{j} = fma(a{i}, b{j}, acc{i}_{j});" for j in range(TN)))
    o.close()
    o("// ‖x‖² + ‖e‖² − 2 x·e (the seed's formula); codes come in increasing order, so a")
    o("// strict < keeps the first minimum.")
    for i in range(TM):
        for j in range(TN):
            o(f"{{ let dd = xn{i} + en{j} - 2.0 * acc{i}_{j}; if (dd < best{i}) {{ best{i} = dd; bi{i} = ci{j}; }} }}")
    o.close()
    o("// Merge the lanes that share a row: smallest distance, then smallest index.")
    for i in range(TM):
        ly = f" + lid.y * {TM}u" if WGY > 1 else ""
        o(f"best_d[lid.x * {rows_wg}u{ly} + {i}u] = best{i};")
        o(f"best_i[lid.x * {rows_wg}u{ly} + {i}u] = bi{i};")
    o("workgroupBarrier();")
    o(f"for (var r = li; r < {rows_wg}u; r += {WGX * WGY}u) {{")
    o.depth += 1
    o("var d = best_d[r];")
    o("var k = best_i[r];")
    o.open(f"for (var l = 1u; l < {WGX}u; l++) {{")
    o(f"let dl = best_d[l * {rows_wg}u + r];")
    o(f"let kl = best_i[l * {rows_wg}u + r];")
    o("if (dl < d || (dl == d && kl < k)) { d = dl; k = kl; }")
    o.close()
    o("if (wg_row0 + r < p.n) { out[wg_row0 + r] = k; }")
    o.close()
    o.close()


def nearest(TM=NEAREST_TM, TN=NEAREST_TN, WGX=8, WGY=8):
    o = Out()
    o(comment(f"""
GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `{REGEN}`.
Nearest codebook row of every query in one fused kernel: for x [N, D] and codebook e [K, D],
out[n] = the first k minimising ‖x_n‖² + ‖e_k‖² − 2 x_n·e_k (squared L2, the seed's formula).
The dot products are a matmul tile of {TM} queries x {TN} codes per invocation kept in
registers; the norms are summed alongside; each invocation keeps the running minimum of its
queries over the codes it visits (every {WGX * TN}th block of {TN}), and the {WGX} lanes of a
query are merged through workgroup memory at the end. Nothing N x K is ever written.
workgroup_size({WGX}, {WGY}, 1): {WGY * TM} queries per workgroup, 1-D grid (folded into y)."""))
    o("""struct NearestParams {
  n: u32, k: u32, d: u32, _pad: u32,
}
@group(0) @binding(0) var<uniform> p: NearestParams;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> e: array<f32>;
// vec4 views of the same buffers; only `nearest_code_vec4` (D % 4 == 0) uses them.
@group(0) @binding(1) var<storage, read> x4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> e4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> out: array<u32>;""")
    o(f"var<workgroup> best_d: array<f32, {WGX * WGY * TM}>;")
    o(f"var<workgroup> best_i: array<u32, {WGX * WGY * TM}>;")
    o("")
    o("// Any D.")
    gen_nearest_entry(o, "nearest_code", False, TM, TN, WGX, WGY)
    o("")
    o("// D % 4 == 0: vec4 loads along D.")
    gen_nearest_entry(o, "nearest_code_vec4", True, TM, TN, WGX, WGY)
    return o.text()


def gen_nearest_subgroup(o, TR, CL, WGY):
    """`nearest_code_subgroup`: the fused search with the subgroup matmul's sharing: a subgroup
    takes TR queries, lane l the codes l*CL.. of each block of 8*CL; each lane loads TR/8 query
    rows and passes them round with subgroupBroadcast; lanes merge with subgroupMin."""
    assert TR % 8 == 0
    TC = 8 * CL
    o(f"@compute @workgroup_size({8 * WGY}, 1, 1)")
    o.open("fn nearest_code_subgroup(@builtin(workgroup_id) wg: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,")
    o("@builtin(subgroup_id) sg: u32, @builtin(subgroup_invocation_id) lane: u32) {")
    o(f"let row0 = ((wg.x + wg.y * nwg.x) * {WGY}u + sg) * {TR}u;  // first query of this subgroup")
    o("let d4 = p.d / 4u;")
    o("// This lane loads queries row0 + 8s + lane (rows past N repeat row N-1, never stored).")
    for s in range(TR // 8):
        o(f"let ra{s} = min(row0 + {8 * s}u + lane, p.n - 1u) * d4;")
        o(f"var xs{s} = 0.0;")
    o.open("for (var s = 0u; s < d4; s++) {")
    for s in range(TR // 8):
        o(f"let q{s} = x4[ra{s} + s];")
        o(f"xs{s} = fma(q{s}.w, q{s}.w, fma(q{s}.z, q{s}.z, fma(q{s}.y, q{s}.y, fma(q{s}.x, q{s}.x, xs{s}))));")
    o.close()
    o("// ‖x_r‖² of every query of the subgroup.")
    for r in range(TR):
        o(f"let xn{r} = subgroupBroadcast(xs{r // 8}, {r % 8}u);")
        o(f"var best{r} = 3.402823e38;")
        o(f"var bi{r} = 0u;")
    o(f"// A uniform loop (every lane runs every block: subgroupBroadcast needs all of them);")
    o(f"// codes past K repeat code K-1 with its own index, which changes no minimum.")
    o(f"let blocks = (p.k + {TC - 1}u) / {TC}u;")
    o.open("for (var t = 0u; t < blocks; t++) {")
    o(f"let c0 = t * {TC}u + lane * {CL}u;")
    for j in range(CL):
        o(f"let ci{j} = min(c0 + {j}u, p.k - 1u);")
        o(f"let cb{j} = ci{j} * d4;")
        o(f"var en{j} = 0.0;")
    for r in range(TR):
        o(" ".join(f"var acc{r}_{j} = 0.0;" for j in range(CL)))
    o.open("for (var s = 0u; s < d4; s++) {")
    for s in range(TR // 8):
        o(f"let as{s} = x4[ra{s} + s];")
    for j in range(CL):
        o(f"let b{j} = e4[cb{j} + s];")
        o(f"en{j} = fma(b{j}.w, b{j}.w, fma(b{j}.z, b{j}.z, fma(b{j}.y, b{j}.y, fma(b{j}.x, b{j}.x, en{j}))));")
    for r in range(TR):
        o(f"let a{r} = subgroupBroadcast(as{r // 8}, {r % 8}u);")
        o(" ".join(f"acc{r}_{j} = fma(a{r}.w, b{j}.w, fma(a{r}.z, b{j}.z, fma(a{r}.y, b{j}.y, fma(a{r}.x, b{j}.x, acc{r}_{j}))));" for j in range(CL)))
    o.close()
    o("// Codes come in increasing order within a lane: strict < keeps the first minimum.")
    for r in range(TR):
        for j in range(CL):
            o(f"{{ let dd = xn{r} + en{j} - 2.0 * acc{r}_{j}; if (dd < best{r}) {{ best{r} = dd; bi{r} = ci{j}; }} }}")
    o.close()
    o("// Merge the 8 lanes: smallest distance, then the smallest index among the lanes holding it.")
    for r in range(TR):
        o(f"let m{r} = subgroupMin(best{r});")
        o(f"let k{r} = subgroupMin(select(0xffffffffu, bi{r}, best{r} == m{r}));")
        o(f"if (lane == {r % 8}u && row0 + {r}u < p.n) {{ out[row0 + {r}u] = k{r}; }}")
    o.close()


NEAREST_SG_TR, NEAREST_SG_CL, NEAREST_SG_WGY = 64, 4, 1  # measured: 578 ms vs 702 for 32, 8, 2 on workload e


def nearest_subgroup(TR=NEAREST_SG_TR, CL=NEAREST_SG_CL, WGY=NEAREST_SG_WGY):
    o = Out()
    o(comment(f"""
GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `{REGEN}`.
`nearest_code_subgroup`: the result of `nearest_code` in codebook_nearest.wgsl, for D % 4 == 0
on adapters with subgroups of exactly 8 invocations (needs wgpu::Features::SUBGROUP).
workgroup_size({8 * WGY}, 1, 1) = {WGY} subgroups; a subgroup takes {TR} queries, a lane {CL}
codes of every block of {8 * CL}; {WGY * TR} queries per workgroup, 1-D grid (folded into y).
Per 4 values of d a lane issues {TR // 8} vec4 loads of queries and {CL} of codes."""))
    o("""struct NearestParams {
  n: u32, k: u32, d: u32, _pad: u32,
}
@group(0) @binding(0) var<uniform> p: NearestParams;
@group(0) @binding(1) var<storage, read> x4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> e4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> out: array<u32>;
""")
    gen_nearest_subgroup(o, TR, CL, WGY)
    return o.text()


# ---------------------------------------------------------------------------------------------
# `matmul_tiled*`: the kernels for real GPUs. Where the lavapipe kernels above keep a huge
# register block per invocation and no workgroup memory (a load costs ~30-100 FMAs on a CPU
# driver, on-chip memory buys nothing there), a GPU wants the opposite: a modest register block
# (at most 8x8 = 64 accumulators, so nothing spills), the A and B tiles of a K step staged once
# in workgroup memory and read from there by every invocation that needs them, and the next
# K step's global loads issued before the current one is computed (double buffering).
#
# Layout. The A tile is kept k-major (As[k][m]) and the B tile as is (Bs[k][n]), both as vec4
# along m / n, so the fragment an invocation needs at one k is TM/4 + TN/4 vec4 reads. The
# invocation (tx, ty) owns rows g*(BM/(TM/4)) + 4ty + 0..3 for each group g < TM/4, and columns
# h*(BN/(TN/4)) + 4tx + 0..3 for h < TN/4 (split, not contiguous): neighbouring invocations then
# read neighbouring vec4s of a row of Bs (conflict-free) and the same vec4 of As (a broadcast).
#
# One barrier per K step: in step t every invocation reads buffer t%2 and writes the prefetched
# step t+1 into buffer (t+1)%2, which nobody reads before the barrier ending step t; buffer
# (t+1)%2 was last read in step t-1, which the previous barrier closed.
# ---------------------------------------------------------------------------------------------
TILED = [
    # name, BM, BN, BK, TM, TN  (invocations = (BM/TM) * (BN/TN))
    ("matmul_tiled128", 128, 128, 8, 8, 8),  # large products on discrete GPUs: 256 invocations
    ("matmul_tiled64", 64, 64, 16, 4, 4),  # smaller products, integrated GPUs: 256 invocations
    ("matmul_tiled_small_m", 32, 64, 16, 4, 4),  # M <= 32 (recurrent steps): 128 invocations
]


def tiled_smem_bytes(BM, BN, BK):
    return 2 * BK * (BM + BN) * 4


def gen_tiled(o, name, BM, BN, BK, TM, TN, vec4):
    assert TM % 4 == 0 and TN % 4 == 0 and BK % 4 == 0
    NX, NY = BN // TN, BM // TM
    T = NX * NY
    LA, LB = BM * BK // (4 * T), BN * BK // (4 * T)  # vec4 loads per invocation per K step
    assert LA * 4 * T == BM * BK and LB * 4 * T == BN * BK and LA >= 1 and LB >= 1
    SA, SB = BK * BM // 4, BK * BN // 4  # vec4s in one buffer of As / Bs
    A, B = f"{name}_a", f"{name}_b"
    entry = name + ("_vec4" if vec4 else "")
    what = ("aligned shapes only (the `matmul_vec4` rule: K % 4 == 0, M % 4 == 0 when TRANS_A,\n"
            "N % 4 == 0 when !TRANS_B); vec4 global loads of A when TRANS_A and of B when\n"
            "!TRANS_B (where a tile's vec4 is contiguous in memory), scalar loads otherwise.") if vec4 else \
        "any shape; scalar global loads (coalesced)."
    o(comment(f"""
{entry}: any batch strides and (TRANS_A, TRANS_B); {what}
  workgroup_size({T}); block tile {BM} rows x {BN} cols, K step {BK}; each invocation computes
  {TM} x {TN} outputs; workgroup memory {tiled_smem_bytes(BM, BN, BK)} bytes (two buffers of A and B);
  grid = (ceil(N / {BN}), ceil(M / {BM}), batch).
Loads past M, N or K read zeros, so partial tiles need no other care; stores are guarded."""))
    if not vec4:  # one pair of tiles per configuration, shared by its two entry points
        o(f"var<workgroup> {A}: array<vec4<f32>, {2 * SA}>;")
        o(f"var<workgroup> {B}: array<vec4<f32>, {2 * SB}>;")
        o("")
    o(f"@compute @workgroup_size({T}, 1, 1)")
    o.open(f"fn {entry}(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_index) li: u32) {{")
    o(f"let tx = li % {NX}u;")
    o(f"let ty = li / {NX}u;")
    o(f"let m0 = wg.y * {BM}u;")
    o(f"let n0 = wg.x * {BN}u;")
    o("let aoff = wg.z * p.stride_a;")
    o("let boff = wg.z * p.stride_b;")
    o(f"let steps = (p.k + {BK - 1}u) / {BK}u;")
    o("// Prefetch registers.")
    for r in range(LA):
        o(f"var pa{r} = vec4<f32>(0.0);")
    for r in range(LB):
        o(f"var pb{r} = vec4<f32>(0.0);")

    def slots(r):
        """Name slot r of this invocation in each tile: the vec4 it fills of As (4 rows at one k)
        and of Bs (4 columns at one k). Where those 4 values are contiguous in memory (TRANS_A
        for A, !TRANS_B for B) consecutive invocations take consecutive slots; otherwise
        consecutive invocations take consecutive k of one row, so either way neighbouring
        invocations read neighbouring addresses."""
        o(f"let q = li + {r * T}u;")
        o(f"let ka = select(q % {BK}u, q / {BM // 4}u, TRANS_A);")
        o(f"let xa = 4u * select(q / {BK}u, q % {BM // 4}u, TRANS_A);  // the slot's first row")
        o(f"let kb = select(q / {BN // 4}u, q % {BK}u, TRANS_B);")
        o(f"let xb = 4u * select(q % {BN // 4}u, q / {BK}u, TRANS_B);  // the slot's first column")

    # per operand: its letter, contiguity of a slot's 4 values, first row/column, batch
    # offset, extent along the slot (the other axis is K)
    OPERANDS = (("a", "TRANS_A", "m0", "aoff", "p.m"), ("b", "!TRANS_B", "n0", "boff", "p.n"))

    def operand_load(r, k0, x, contiguous, first, off, extent):
        """Slot r of operand x (see `slots`) into p{x}{r}: one vec4 load where the slot is an
        aligned vec4 in memory (the `_vec4` entries), else four scalar loads."""
        o(f"let gk{x} = {k0} + k{x};")
        if vec4:
            o.open(f"if ({contiguous}) {{  // the slot is one aligned vec4 of {x.upper()}")
            o(f"p{x}{r} = select(vec4<f32>(0.0), {x}4[min(({off} + gk{x} * {extent} + {first} + x{x}) / 4u, "
              f"arrayLength(&{x}4) - 1u)], gk{x} < p.k && {first} + x{x} < {extent});")
            o.close("} else {")
            o.depth += 1
        for c in range(4):
            o(f"{{ let g = {first} + x{x} + {c}u; let i = {off} + select(g * p.k + gk{x}, gk{x} * {extent} + g, {contiguous});")
            read = f"{x}4[min(i / 4u, arrayLength(&{x}4) - 1u)][i % 4u]" if vec4 else f"{x}[min(i, arrayLength(&{x}) - 1u)]"
            o(f"  p{x}{r}[{c}] = select(0.0, {read}, g < {extent} && gk{x} < p.k); }}")
        if vec4:
            o.close()

    def load(k0):
        """Global loads of the K step starting at k0 into pa*/pb* (zeros past the ends): each
        register is one whole slot of a tile (see `store`)."""
        for r in range(max(LA, LB)):
            o.open("{")
            slots(r)
            for operand, count in zip(OPERANDS, (LA, LB)):
                if r < count:
                    operand_load(r, k0, *operand)
            o.close()

    def store(buf):
        """Write pa*/pb* into buffer `buf` of the tiles, one whole vec4 per register: WGSL lets
        a write to one component of a vector access all of it, so invocations writing different
        components of one vec4 would race."""
        o(f"let sa = {buf} * {SA}u;")
        o(f"let sb = {buf} * {SB}u;")
        for r in range(max(LA, LB)):
            o.open("{")
            slots(r)
            if r < LA:
                o(f"{A}[sa + ka * {BM // 4}u + xa / 4u] = pa{r};")
            if r < LB:
                o(f"{B}[sb + kb * {BN // 4}u + xb / 4u] = pb{r};")
            o.close()

    o.open("{")
    load("0u")
    o.close()
    o.open("{")
    store("0u")
    o.close()
    o("workgroupBarrier();")
    for i in range(TM):
        o(" ".join(f"var acc{i}_{h} = vec4<f32>(0.0);" for h in range(TN // 4)))
    o.open("for (var t = 0u; t < steps; t++) {")
    o("let more = t + 1u < steps;")
    o.open("if (more) {")
    load(f"(t + 1u) * {BK}u")
    o.close()
    o(f"let ra = (t & 1u) * {SA}u + ty;")
    o(f"let rb = (t & 1u) * {SB}u + tx;")
    o(f"// Zeros stand in past K, so every step runs all {BK} values of k; k ascends, as in the")
    o("// other kernels, so each output is the same sequence of fmas.")
    for kk in range(BK):
        for g in range(TM // 4):
            o(f"let a{kk}_{g} = {A}[ra + {kk * BM // 4 + g * (BM // TM)}u];")
        for h in range(TN // 4):
            o(f"let b{kk}_{h} = {B}[rb + {kk * BN // 4 + h * (BN // TN)}u];")
        for i in range(TM):
            o(" ".join(f"acc{i}_{h} = fma(vec4<f32>(a{kk}_{i // 4}[{i % 4}]), b{kk}_{h}, acc{i}_{h});"
                       for h in range(TN // 4)))
    o.open("if (more) {")
    store("((t + 1u) & 1u)")
    o.close()
    o("workgroupBarrier();")
    o.close()
    o("// the bias of each column, loaded once (zero without one: then `bias` is a dummy)")
    for j in range(TN):
        o(f"var bias{j} = 0.0;")
    o.open("if ((p.epi & 3u) != 0u) {")
    for j in range(TN):
        o(f"bias{j} = bias[min(n0 + {(j // 4) * (BN // (TN // 4))}u + 4u * tx + {j % 4}u, p.n - 1u)];")
    o.close()
    emit_stores(o, TM, TN, lambda i, j: f"epilogue(acc{i}_{j // 4}[{j % 4}], bias{j})",
                lambda i: f"m0 + {(i // 4) * (BM // (TM // 4))}u + 4u * ty + {i % 4}u",
                lambda j: f"n0 + {(j // 4) * (BN // (TN // 4))}u + 4u * tx + {j % 4}u")
    o.close()


def tiled():
    o = Out()
    for cfg in TILED:
        for vec4 in (False, True):
            gen_tiled(o, *cfg, vec4)
            o()
    views = """\
@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
// vec4 views of the same two buffers; only the `_vec4` entry points use them (an entry point
// may not use two views of one binding: GL rejects that).
@group(0) @binding(1) var<storage, read> a4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f32>>;"""
    views += """
@group(0) @binding(4) var<storage, read> bias: array<f32>;  // per column (p.epi & 3 == 1)"""
    doc = comment("""
Batched f32 matmul: C[b] = act(op(A[b]) . op(B[b]) + bias), op = identity or transpose
(TRANS_A, TRANS_B). Workgroup-tiled kernels for GPUs: tiles staged in workgroup memory,
double buffered. The epilogue (bias per column, activation ACT) runs in the store.""")
    return HEADER.format(regen=REGEN, doc=doc, views=views) + "\n" + EPILOGUE + "\n" + o.text()


# The store epilogue of the tiled matmuls and the implicit convolutions: bias b if p.epi & 3
# says so, then the activation. ACT is a pipeline constant (0 none, 1 relu, 2 leaky relu with
# p.slope, 3 tanh, 4 sigmoid), so a pipeline holds only its own activation: as a runtime switch
# inlined into hundreds of stores it made creating a pipeline take seconds on lavapipe. sigmoid
# and tanh_precise come from shaders/lib/activations.wgsl (appended by the launcher).
EPILOGUE = """\
// Store epilogue: + bias b when p.epi & 3 != 0, then the activation ACT (0 none, 1 relu,
// 2 leaky relu with p.slope, 3 tanh, 4 sigmoid; a pipeline constant, see tools/gen_matmul.py).
override ACT: u32 = 0u;
fn epilogue(v: f32, b: f32) -> f32 {
  var x = v;
  if ((p.epi & 3u) != 0u) { x += b; }
  switch (ACT) {
    case 1u: { x = max(x, 0.0); }
    case 2u: { x = select(p.slope * x, x, x > 0.0); }
    case 3u: { x = tanh_precise(x); }
    case 4u: { x = sigmoid(x); }
    default: {}
  }
  return x;
}
"""


# ---------------------------------------------------------------------------------------------
# `nearest_code_tiled`: the fused codebook search on the GPU tiling. A workgroup takes BM
# queries and walks the whole codebook BN codes at a time; each code tile is a tiled matmul of
# the queries against the codes (A = x [N, D] row-major, B = e [K, D] read as its transpose,
# staged in workgroup memory and double buffered as in `matmul_tiled*`), with the squared norms
# summed from the same tiles. Each invocation keeps the running (distance, index) minimum of
# its TM queries over its TN codes of every tile; the NX invocations sharing a query are merged
# through workgroup memory at the end. Nothing N x K is written.
# ---------------------------------------------------------------------------------------------
NEAREST_TILED = ("nearest_code_tiled", 64, 64, 16, 4, 4)  # name, BM, BN, BK, TM, TN


def gen_nearest_tiled(o, name, BM, BN, BK, TM, TN):
    assert TM == 4 and TN % 4 == 0
    NX, NY = BN // TN, BM // TM
    T = NX * NY
    LA, LB = BM * BK // (4 * T), BN * BK // (4 * T)
    assert LA * 4 * T == BM * BK and LB * 4 * T == BN * BK
    SA, SB = BK * BM // 4, BK * BN // 4
    A, B = f"{name}_a", f"{name}_b"
    o(f"var<workgroup> {A}: array<vec4<f32>, {2 * SA}>;")
    o(f"var<workgroup> {B}: array<vec4<f32>, {2 * SB}>;")
    o("")
    o(f"@compute @workgroup_size({T}, 1, 1)")
    o.open(f"fn {name}(@builtin(workgroup_id) wg: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,")
    o("    @builtin(local_invocation_index) li: u32) {")
    o(f"let tx = li % {NX}u;")
    o(f"let ty = li / {NX}u;")
    o(f"let m0 = (wg.x + wg.y * nwg.x) * {BM}u;  // first query of this workgroup (1-d grid folded into y)")
    o(f"let steps = (p.d + {BK - 1}u) / {BK}u;")
    for r in range(LA):
        o(f"var pa{r} = vec4<f32>(0.0);")
    for r in range(LB):
        o(f"var pb{r} = vec4<f32>(0.0);")

    def load(k0, c0):
        o("// scalar loads, one whole tile slot (4 queries or 4 codes at one d) per register;")
        o("// consecutive invocations read consecutive d (consecutive addresses); zeros past the ends")
        for r in range(LA):
            o(f"{{ let q = li + {r * T}u; let gk = {k0} + q % {BK}u; let row = 4u * (q / {BK}u);")
            for c in range(4):
                o(f"  {{ let gm = m0 + row + {c}u;")
                o(f"    pa{r}[{c}] = select(0.0, x[min(gm * p.d + gk, arrayLength(&x) - 1u)], gm < p.n && gk < p.d); }}")
            o("}")
        for r in range(LB):
            o(f"{{ let q = li + {r * T}u; let gk = {k0} + q % {BK}u; let col = 4u * (q / {BK}u);")
            for c in range(4):
                o(f"  {{ let gn = {c0} + col + {c}u;")
                o(f"    pb{r}[{c}] = select(0.0, e_[min(gn * p.d + gk, arrayLength(&e_) - 1u)], gn < p.k && gk < p.d); }}")
            o("}")

    def store(buf):
        # whole vec4s: invocations writing different components of one vec4 would race (WGSL)
        o(f"let sa = {buf} * {SA}u;")
        o(f"let sb = {buf} * {SB}u;")
        for r in range(LA):
            o(f"{{ let q = li + {r * T}u; {A}[sa + (q % {BK}u) * {BM // 4}u + q / {BK}u] = pa{r}; }}")
        for r in range(LB):
            o(f"{{ let q = li + {r * T}u; {B}[sb + (q % {BK}u) * {BN // 4}u + q / {BK}u] = pb{r}; }}")

    for i in range(TM):
        o(f"var best{i} = 3.402823e38;")
        o(f"var bi{i} = 0u;")
        o(f"var xn{i} = 0.0;")
    o(f"for (var c0 = 0u; c0 < p.k; c0 += {BN}u) {{")
    o.depth += 1
    for i in range(TM):
        o(" ".join(f"var acc{i}_{h} = vec4<f32>(0.0);" for h in range(TN // 4)))
    for h in range(TN // 4):
        o(f"var en{h} = vec4<f32>(0.0);")
    o.open("{")
    load("0u", "c0")
    o.close()
    o.open("{")
    store("0u")
    o.close()
    o("workgroupBarrier();")
    o("let first = c0 == 0u;  // the query norms are summed during the first code tile")
    o.open("for (var t = 0u; t < steps; t++) {")
    o("let more = t + 1u < steps;")
    o.open("if (more) {")
    load(f"(t + 1u) * {BK}u", "c0")
    o.close()
    o(f"let ra = (t & 1u) * {SA}u + ty;")
    o(f"let rb = (t & 1u) * {SB}u + tx;")
    o("// d ascending, zeros past D: the same fma sequences as the other nearest-code kernels")
    for kk in range(BK):
        o(f"let a{kk} = {A}[ra + {kk * BM // 4}u];")
        for h in range(TN // 4):
            o(f"let b{kk}_{h} = {B}[rb + {kk * BN // 4 + h * (BN // TN)}u];")
            o(f"en{h} = fma(b{kk}_{h}, b{kk}_{h}, en{h});")
        o(f"if (first) {{ " + " ".join(f"xn{i} = fma(a{kk}[{i}], a{kk}[{i}], xn{i});" for i in range(TM)) + " }")
        for i in range(TM):
            o(" ".join(f"acc{i}_{h} = fma(vec4<f32>(a{kk}[{i}]), b{kk}_{h}, acc{i}_{h});" for h in range(TN // 4)))
    o.open("if (more) {")
    store("((t + 1u) & 1u)")
    o.close()
    o("workgroupBarrier();")
    o.close()
    o("// ‖x‖² + ‖e‖² − 2 x·e; (distance, index) order, so the visiting order does not matter")
    for h in range(TN // 4):
        for c in range(4):
            j = 4 * h + c
            o(f"let ci{j} = c0 + {h * (BN // (TN // 4))}u + 4u * tx + {c}u;")
            for i in range(TM):
                o(f"{{ let dd = xn{i} + en{h}[{c}] - 2.0 * acc{i}_{h}[{c}];")
                o(f"  if (ci{j} < p.k && (dd < best{i} || (dd == best{i} && ci{j} < bi{i}))) {{ best{i} = dd; bi{i} = ci{j}; }} }}")
    o.close()
    o(f"// merge the {NX} invocations of each query: smallest distance, then smallest index;")
    o("// the tiles (free after the last barrier) hold the distances and the indices (as f32:")
    o("// exact below 2^24 codes, which the launcher checks), keeping the kernel within 16 KiB;")
    o(f"// invocation (tx, ty) writes its {TM} queries' values as one vec4 each, at ty * {NX} + tx")
    assert NY * NX <= 2 * SA and NY * NX <= 2 * SB
    o(f"{A}[ty * {NX}u + tx] = vec4<f32>(" + ", ".join(f"best{i}" for i in range(TM)) + ");")
    o(f"{B}[ty * {NX}u + tx] = vec4<f32>(" + ", ".join(f"f32(bi{i})" for i in range(TM)) + ");")
    o("workgroupBarrier();")
    o.open(f"if (li < {BM}u) {{")
    o(f"let first = (li / {TM}u) * {NX}u;  // query li: component li % {TM} of the vec4s of its group")
    o(f"var d = {A}[first][li % {TM}u];")
    o(f"var k = u32({B}[first][li % {TM}u]);")
    o.open(f"for (var l = 1u; l < {NX}u; l++) {{")
    o(f"let dl = {A}[first + l][li % {TM}u];")
    o(f"let kl = u32({B}[first + l][li % {TM}u]);")
    o("if (dl < d || (dl == d && kl < k)) { d = dl; k = kl; }")
    o.close()
    o("if (m0 + li < p.n) { out[m0 + li] = k; }")
    o.close()
    o.close()


def nearest_tiled():
    o = Out()
    name, BM, BN, BK, TM, TN = NEAREST_TILED
    o(comment(f"""
GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `{REGEN}`.
`nearest_code_tiled`: the result of `nearest_code` (codebook_nearest.wgsl) on the GPU tiling:
any D; workgroup_size({(BN // TN) * (BM // TM)}); {BM} queries per workgroup, the codebook
walked {BN} codes at a time with D in steps of {BK} through double-buffered workgroup tiles;
{TM} queries x {TN} codes per invocation; 1-D grid (folded into y)."""))
    o("""struct NearestParams {
  n: u32, k: u32, d: u32, _pad: u32,
}
@group(0) @binding(0) var<uniform> p: NearestParams;
@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> e_: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<u32>;
""")
    gen_nearest_tiled(o, name, BM, BN, BK, TM, TN)
    return o.text()


COOP_HEADER = """\
// GENERATED FILE - do not edit. Produced by tools/gen_matmul.py; regenerate with `{regen}`.
// Matmul on cooperative matrices (tensor cores; wgpu's experimental cooperative-matrix
// extension): f16 operands, f32 accumulation and result; C[b] = op(A[b]) . op(B[b]) with the
// other matmul kernels' parameter block, any shape.
//
// One workgroup is one subgroup (WG = the adapter's subgroup width: a cooperative matrix
// belongs to a subgroup) and computes a 2S x 2S block of C as four S x S accumulators. Each K
// step of S stages the block's A rows (2S x S) and B columns (S x 2S) in workgroup memory, zero
// past the edges and transposed as TRANS_A / TRANS_B say, so the cooperative loads read fixed
// strides (naga 30 writes no SPIR-V for a cooperative load whose stride is a runtime value) and
// never leave the operands. The block goes out through workgroup memory too, stored where it is
// inside C. Every barrier and cooperative operation is in uniform control flow.
enable f16;
enable wgpu_cooperative_matrix;

struct MatmulParams {{
  m: u32, n: u32, k: u32, batch: u32,
  stride_a: u32, stride_b: u32, stride_c: u32,
  epi: u32, slope: f32,  // unused: the epilogue runs as separate kernels
  _p0: u32, _p1: u32, _p2: u32,
}}
@group(0) @binding(0) var<uniform> p: MatmulParams;
@group(0) @binding(1) var<storage, read> ma: array<f16>;
@group(0) @binding(2) var<storage, read> mb: array<f16>;
@group(0) @binding(3) var<storage, read_write> mc: array<f32>;

override TRANS_A: bool = false;
override TRANS_B: bool = false;
override WG: u32 = 32u;
"""


def coop_entry(S):
    """The cooperative-matrix kernel on S x S tiles (a 2S x 2S block per subgroup)."""
    T = 2 * S
    mat = f"coop_mat{S}x{S}"
    return f"""
var<workgroup> coop{S}_a: array<f16, {T * S}>;   // A block [{T} rows, {S} k], row-major
var<workgroup> coop{S}_b: array<f16, {S * T}>;   // B block [{S} k, {T} cols], row-major
var<workgroup> coop{S}_c: array<f32, {T * T}>;   // C block [{T}, {T}], row-major

@compute @workgroup_size(WG)
fn matmul_coop{S}(@builtin(workgroup_id) wid: vec3<u32>,
                  @builtin(local_invocation_index) lid: u32) {{
  let ao = wid.z * p.stride_a;
  let bo = wid.z * p.stride_b;
  let co = wid.z * p.stride_c;
  let r0 = wid.y * {T}u;
  let c0 = wid.x * {T}u;
  var acc00 = {mat}<f32, C>();
  var acc01 = {mat}<f32, C>();
  var acc10 = {mat}<f32, C>();
  var acc11 = {mat}<f32, C>();
  for (var k0 = 0u; k0 < p.k; k0 += {S}u) {{
    for (var i = lid; i < {T * S}u; i += WG) {{
      let r = r0 + i / {S}u;
      let kk = k0 + i % {S}u;
      var v = f16(0.0);
      if (r < p.m && kk < p.k) {{
        if (TRANS_A) {{
          v = ma[ao + kk * p.m + r];
        }} else {{
          v = ma[ao + r * p.k + kk];
        }}
      }}
      coop{S}_a[i] = v;
    }}
    for (var i = lid; i < {S * T}u; i += WG) {{
      let kk = k0 + i / {T}u;
      let c = c0 + i % {T}u;
      var v = f16(0.0);
      if (kk < p.k && c < p.n) {{
        if (TRANS_B) {{
          v = mb[bo + c * p.k + kk];
        }} else {{
          v = mb[bo + kk * p.n + c];
        }}
      }}
      coop{S}_b[i] = v;
    }}
    workgroupBarrier();
    let a0 = coopLoadT<{mat}<f16, A>>(&coop{S}_a[0], {S}u);
    let a1 = coopLoadT<{mat}<f16, A>>(&coop{S}_a[{S * S}], {S}u);
    let b0 = coopLoadT<{mat}<f16, B>>(&coop{S}_b[0], {T}u);
    let b1 = coopLoadT<{mat}<f16, B>>(&coop{S}_b[{S}], {T}u);
    acc00 = coopMultiplyAdd(a0, b0, acc00);
    acc01 = coopMultiplyAdd(a0, b1, acc01);
    acc10 = coopMultiplyAdd(a1, b0, acc10);
    acc11 = coopMultiplyAdd(a1, b1, acc11);
    workgroupBarrier();
  }}
  coopStoreT(acc00, &coop{S}_c[0], {T}u);
  coopStoreT(acc01, &coop{S}_c[{S}], {T}u);
  coopStoreT(acc10, &coop{S}_c[{S * T}], {T}u);
  coopStoreT(acc11, &coop{S}_c[{S * T + S}], {T}u);
  workgroupBarrier();
  for (var i = lid; i < {T * T}u; i += WG) {{
    let r = r0 + i / {T}u;
    let c = c0 + i % {T}u;
    if (r < p.m && c < p.n) {{
      mc[co + r * p.n + c] = coop{S}_c[i];
    }}
  }}
}}
"""


def coop():
    return COOP_HEADER.format(regen=REGEN) + coop_entry(16) + coop_entry(8)


def main(argv):
    if len(argv) > 1 and argv[1] == "--portable":
        TM, TN, TM4, TN4 = (int(x) for x in argv[2:6])
        open(argv[6], "w").write(portable(TM, TN, TM4, TN4))
    elif len(argv) > 1 and argv[1] == "--nearest":
        TM, TN, WGX, WGY = (int(x) for x in argv[2:6])
        open(argv[6], "w").write(nearest(TM, TN, WGX, WGY))
    elif len(argv) > 1 and argv[1] == "--nearest-subgroup":
        TR, CL, WGY = (int(x) for x in argv[2:5])
        open(argv[5], "w").write(nearest_subgroup(TR, CL, WGY))
    elif len(argv) > 1 and argv[1] == "--subgroup":
        TR, CL, WGY = (int(x) for x in argv[2:5])
        open(argv[5], "w").write(subgroup(TR, CL, WGY))
    else:
        out = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "shaders")
        open(os.path.join(out, "matmul.wgsl"), "w").write(portable())
        open(os.path.join(out, "matmul_subgroup.wgsl"), "w").write(subgroup())
        open(os.path.join(out, "matmul_tiled.wgsl"), "w").write(tiled())
        open(os.path.join(out, "codebook_nearest.wgsl"), "w").write(nearest())
        open(os.path.join(out, "codebook_nearest_subgroup.wgsl"), "w").write(nearest_subgroup())
        open(os.path.join(out, "codebook_nearest_tiled.wgsl"), "w").write(nearest_tiled())
        open(os.path.join(out, "matmul_coop.wgsl"), "w").write(coop())


if __name__ == "__main__":
    main(sys.argv)
