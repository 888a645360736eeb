//! IEEE half precision (binary16) and bfloat16 on the host, in integer arithmetic so the GPU's
//! cast kernels (`shaders/cast.wgsl`) can mirror it bit for bit.
//!
//! f32 → f16 rounds to nearest, ties to even, as IEEE 754 and PyTorch's `.half()`: magnitudes
//! from 65520 (halfway between the largest f16, 65504, and 2^16) up become infinity, NaN stays
//! a (quiet) NaN, and magnitudes below 2^-14 become subnormals (multiples of 2^-24) or zero.
//! f16 → f32 and bf16 → f32 are exact.

/// Largest finite f16.
pub const F16_MAX: f32 = 65504.0;
/// f16's unit roundoff, 2^-11 (half the distance from 1 to the next f16).
pub const F16_UNIT_ROUNDOFF: f64 = 1.0 / 2048.0;
/// Smallest positive normal f16, 2^-14.
pub const F16_MIN_NORMAL: f32 = 6.103_515_6e-5;

/// The f16 nearest to `x` (ties to even), as its bits.
pub fn f32_to_f16_bits(x: f32) -> u16 {
    let bits = x.to_bits();
    let sign = ((bits >> 16) & 0x8000) as u16;
    let abs = bits & 0x7fff_ffff;
    if abs > 0x7f80_0000 {
        // NaN: a quiet NaN of the same sign
        return sign | 0x7e00;
    }
    if abs >= 0x477f_f000 {
        // |x| >= 65520 (or infinite) rounds past 65504
        return sign | 0x7c00;
    }
    if abs >= 0x3880_0000 {
        // normal in f16: rebias the exponent (127 -> 15) and round away the low 13 bits; a
        // carry out of the mantissa correctly bumps the exponent
        let odd = (abs >> 13) & 1;
        let rounded = (abs + 0xfff + odd) >> 13;
        return sign | (rounded - (112 << 10)) as u16;
    }
    if abs <= 0x3300_0000 {
        // |x| <= 2^-25: halfway to the smallest subnormal or below, which rounds to (even) zero
        return sign;
    }
    // subnormal: |x| · 2^24 = m · 2^(e - 126), rounded to an integer
    let e = abs >> 23;
    let m = (abs & 0x7f_ffff) | 0x80_0000;
    let shift = 126 - e; // 14..=24
    let q = m >> shift;
    let rem = m & ((1 << shift) - 1);
    let half = 1 << (shift - 1);
    let q = if rem > half || (rem == half && q & 1 == 1) {
        q + 1
    } else {
        q
    };
    sign | q as u16
}

/// The value of the f16 with bits `h` (exact).
pub fn f16_bits_to_f32(h: u16) -> f32 {
    let h = h as u32;
    let sign = (h & 0x8000) << 16;
    let e = (h >> 10) & 0x1f;
    let m = h & 0x3ff;
    let bits = match e {
        0x1f => sign | 0x7f80_0000 | (m << 13),
        0 => {
            // subnormal (or zero): m · 2^-24, a normal f32
            let v = m as f32 * 2f32.powi(-24);
            return if sign != 0 { -v } else { v };
        }
        _ => sign | ((e + 112) << 23) | (m << 13),
    };
    f32::from_bits(bits)
}

/// The value of the bfloat16 with bits `h` (exact: bf16 is f32's upper half).
pub fn bf16_bits_to_f32(h: u16) -> f32 {
    f32::from_bits((h as u32) << 16)
}

/// `x` rounded to the nearest f16, as an f32.
pub fn round_to_f16(x: f32) -> f32 {
    f16_bits_to_f32(f32_to_f16_bits(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every finite f16 value in increasing order (for the brute-force reference).
    fn positive_finite() -> Vec<f64> {
        (0u16..0x7c00).map(|h| f16_bits_to_f32(h) as f64).collect()
    }

    /// The nearest f16 by search over all of them, ties to the even mantissa.
    fn reference(x: f32, table: &[f64]) -> u16 {
        if x.is_nan() {
            return 0x7e00 | if x.is_sign_negative() { 0x8000 } else { 0 };
        }
        let sign = if x.is_sign_negative() { 0x8000 } else { 0 };
        let a = (x as f64).abs();
        // 65520 is halfway from 65504 to 65536, which is infinity in f16
        if a >= 65520.0 {
            return sign | 0x7c00;
        }
        let i = table.partition_point(|&v| v < a);
        let pick = if i == 0 {
            0
        } else if i == table.len() {
            table.len() - 1
        } else {
            let (lo, hi) = (table[i - 1], table[i]);
            if a - lo < hi - a || (a - lo == hi - a && (i - 1) % 2 == 0) {
                i - 1
            } else {
                i
            }
        };
        sign | pick as u16
    }

    #[test]
    fn every_f16_round_trips() {
        for h in 0..=u16::MAX {
            let x = f16_bits_to_f32(h);
            let back = f32_to_f16_bits(x);
            if x.is_nan() {
                assert!(f16_bits_to_f32(back).is_nan(), "{h:#06x}");
            } else {
                assert_eq!(back, h, "{h:#06x} -> {x} -> {back:#06x}");
            }
        }
    }

    #[test]
    fn values_match_their_definition() {
        assert_eq!(f16_bits_to_f32(0x3c00), 1.0);
        assert_eq!(f16_bits_to_f32(0x7bff), F16_MAX);
        assert_eq!(f16_bits_to_f32(0x0400), F16_MIN_NORMAL);
        assert_eq!(f16_bits_to_f32(0x0001), 2f32.powi(-24));
        assert_eq!(f16_bits_to_f32(0xc000), -2.0);
        assert_eq!(f16_bits_to_f32(0x7c00), f32::INFINITY);
        assert_eq!(f16_bits_to_f32(0x8000).to_bits(), (-0.0f32).to_bits());
        assert_eq!(bf16_bits_to_f32(0x3f80), 1.0);
        assert_eq!(bf16_bits_to_f32(0xc040), -3.0);
        // 1 + 2^-11 is halfway between 1 and 1 + 2^-10: ties to the even 1
        assert_eq!(round_to_f16(1.0 + 2f32.powi(-11)), 1.0);
        assert_eq!(
            round_to_f16(1.0 + 3.0 * 2f32.powi(-11)),
            1.0 + 2.0 * 2f32.powi(-10)
        );
        assert_eq!(round_to_f16(65519.0), F16_MAX);
        assert_eq!(round_to_f16(65520.0), f32::INFINITY);
        assert_eq!(round_to_f16(-1e9), f32::NEG_INFINITY);
    }

    #[test]
    fn rounding_matches_a_search_over_all_f16() {
        let table = positive_finite();
        // every halfway point and its neighbours, then pseudo-random bit patterns
        let mut xs = Vec::new();
        for i in 0..table.len() - 1 {
            let mid = ((table[i] + table[i + 1]) / 2.0) as f32;
            xs.extend([
                mid,
                f32::from_bits(mid.to_bits() - 1),
                f32::from_bits(mid.to_bits() + 1),
            ]);
        }
        let mut s = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..200_000 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            xs.push(f32::from_bits((s >> 32) as u32));
        }
        xs.extend([
            0.0,
            -0.0,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            65520.0,
            65519.996,
        ]);
        for x in xs {
            for v in [x, -x] {
                let got = f32_to_f16_bits(v);
                let want = reference(v, &table);
                assert_eq!(got, want, "{v:e} ({:#010x})", v.to_bits());
            }
        }
    }
}
