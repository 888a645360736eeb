//! Checkpoints as safetensors: named f32 tensors plus string metadata, written to a temporary
//! file and renamed, so an interrupted write never replaces a good checkpoint. Tensors are
//! stored as F32, or as F16 on request ([`save_as`]); F16, BF16, F64 and integer tensors are
//! read, widened to f32.

use crate::error::{Error, Result};
use crate::gpu::half::{bf16_bits_to_f32, f16_bits_to_f32, f32_to_f16_bits, F16_MAX};
use crate::gpu::DType;
use safetensors::tensor::{Dtype, TensorView};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub use crate::gpu::NamedTensor;

/// The shape of the tensor called `name` in `tensors`, which must have `rank` dimensions: how
/// a model reads its sizes from a state_dict. Errors start with `what`; a missing tensor's
/// ends with `hint` (what the file should be).
pub fn shape_of<'a>(
    tensors: &'a [NamedTensor],
    name: &str,
    rank: usize,
    what: &str,
    hint: &str,
) -> Result<&'a [usize]> {
    let t = tensors
        .iter()
        .find(|t| t.name == name)
        .ok_or_else(|| Error::checkpoint(what, format!("no tensor '{name}'{hint}")))?;
    if t.shape.len() != rank {
        return Err(Error::checkpoint(
            what,
            format!("'{name}' has shape {:?}, not {rank} dimensions", t.shape),
        ));
    }
    Ok(&t.shape)
}

/// The tensors whose names start with `prefix`, renamed without it: one module's state_dict
/// out of a checkpoint of several (`vae.`, `critic.`, `rnn.` in a VAE-GAN's).
pub fn sub_dict(tensors: &[NamedTensor], prefix: &str) -> Vec<NamedTensor> {
    tensors
        .iter()
        .filter_map(|t| {
            Some(NamedTensor {
                name: t.name.strip_prefix(prefix)?.to_string(),
                shape: t.shape.clone(),
                data: t.data.clone(),
            })
        })
        .collect()
}

/// Copy the tensor called `name` in `tensors` into `dst`, checking that it exists and that
/// the shapes agree; errors start with `what` and end with `hint`.
pub fn restore(
    tensors: &[NamedTensor],
    name: &str,
    dst: &crate::gpu::Tensor,
    what: &str,
    hint: &str,
) -> Result<()> {
    let t = tensors
        .iter()
        .find(|t| t.name == name)
        .ok_or_else(|| Error::checkpoint(what, format!("missing tensor '{name}'{hint}")))?;
    if t.shape != dst.shape() {
        return Err(Error::shape(
            what,
            format!(
                "tensor '{name}' has shape {:?} in the file but the model needs {:?}{hint}",
                t.shape,
                dst.shape()
            ),
        ));
    }
    dst.gpu().write(dst, &t.data)
}

/// Write `tensors` and `metadata` to `path` atomically (temporary file, fsync, rename).
pub fn save(
    path: &Path,
    tensors: &[NamedTensor],
    metadata: &BTreeMap<String, String>,
) -> Result<()> {
    save_as(path, tensors, metadata, DType::F32)
}

/// [`save`] with the values stored as `dtype`: F32, or F16 (rounded to nearest, ties to even:
/// half the size, for sharing weights; values beyond ±65504 become infinite, so it is refused
/// for those).
pub fn save_as(
    path: &Path,
    tensors: &[NamedTensor],
    metadata: &BTreeMap<String, String>,
    dtype: DType,
) -> Result<()> {
    let op = format!("saving {}", path.display());
    let stored = match dtype {
        DType::F32 => Dtype::F32,
        DType::F16 => Dtype::F16,
        other => {
            return Err(Error::invalid(
                &op,
                format!("checkpoints store F32 or F16 values, not {other:?}"),
            ))
        }
    };
    let bytes: Vec<Vec<u8>> = tensors
        .iter()
        .map(|t| match dtype {
            DType::F16 => {
                // from 65520 on, values round to infinity in f16
                if let Some(v) = t.data.iter().find(|v| v.is_finite() && v.abs() >= 65520.0) {
                    return Err(Error::checkpoint(
                        &op,
                        format!(
                            "tensor {} holds {v}, beyond f16's range (±{F16_MAX}): save it as F32",
                            t.name
                        ),
                    ));
                }
                Ok(t.data
                    .iter()
                    .flat_map(|&v| f32_to_f16_bits(v).to_le_bytes())
                    .collect())
            }
            _ => Ok(bytemuck::cast_slice(&t.data).to_vec()),
        })
        .collect::<Result<_>>()?;
    let views: Vec<(String, TensorView)> = tensors
        .iter()
        .zip(&bytes)
        .map(|(t, b)| {
            TensorView::new(stored, t.shape.clone(), b)
                .map(|v| (t.name.clone(), v))
                .map_err(|e| Error::checkpoint(&op, format!("tensor {}: {e}", t.name)))
        })
        .collect::<Result<_>>()?;
    write(path, views, metadata, &op)
}

/// Write one integer tensor (e.g. code maps) as I64, atomically.
pub fn save_i64(
    path: &Path,
    name: &str,
    shape: &[usize],
    data: &[i64],
    metadata: &BTreeMap<String, String>,
) -> Result<()> {
    let op = format!("saving {}", path.display());
    let bytes: Vec<u8> = data.iter().flat_map(|v| v.to_le_bytes()).collect();
    let view = TensorView::new(Dtype::I64, shape.to_vec(), &bytes)
        .map_err(|e| Error::checkpoint(&op, e))?;
    write(path, vec![(name.to_string(), view)], metadata, &op)
}

/// Serialize with the metadata and write atomically.
fn write(
    path: &Path,
    views: Vec<(String, TensorView)>,
    metadata: &BTreeMap<String, String>,
    op: &str,
) -> Result<()> {
    let meta: HashMap<String, String> = metadata
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let data = safetensors::serialize(views, Some(meta)).map_err(|e| Error::checkpoint(op, e))?;
    super::write_atomic(path, &sorted_header(data, op)?, op)
}

/// safetensors writes the metadata from a `HashMap`, whose order changes from run to run, so
/// two identical runs wrote checkpoints that differed in their header. The header is rewritten
/// with every key sorted (serde_json's map is ordered by key); readers look entries up by name,
/// and the data and its offsets are untouched. The header stays padded with spaces to a
/// multiple of 8 bytes, as safetensors writes it.
fn sorted_header(data: Vec<u8>, op: &str) -> Result<Vec<u8>> {
    let bad = |e: String| Error::checkpoint(op, format!("serialized header: {e}"));
    let n = data
        .get(..8)
        .map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes")) as usize)
        .ok_or_else(|| bad("shorter than 8 bytes".into()))?;
    let body = data
        .get(8..8 + n)
        .ok_or_else(|| bad(format!("length {n} past the end")))?;
    let header: serde_json::Value = serde_json::from_slice(body).map_err(|e| bad(e.to_string()))?;
    let mut text = serde_json::to_vec(&header).map_err(|e| bad(e.to_string()))?;
    text.resize(text.len().next_multiple_of(8), b' ');
    let mut out = Vec::with_capacity(8 + text.len() + data.len() - 8 - n);
    out.extend_from_slice(&(text.len() as u64).to_le_bytes());
    out.extend_from_slice(&text);
    out.extend_from_slice(&data[8 + n..]);
    Ok(out)
}

/// A file's bytes, for [`parse`]; errors name the file.
fn read(path: &Path) -> Result<(String, Vec<u8>)> {
    let op = format!("reading {}", path.display());
    let bytes = std::fs::read(path).map_err(|e| Error::Io {
        what: op.clone(),
        source: e,
    })?;
    Ok((op, bytes))
}

/// The tensors and the string metadata of a safetensors file's bytes.
fn parse<'a>(
    bytes: &'a [u8],
    op: &str,
) -> Result<(safetensors::SafeTensors<'a>, BTreeMap<String, String>)> {
    let st = safetensors::SafeTensors::deserialize(bytes).map_err(|e| {
        Error::checkpoint(
            op,
            format!("not a safetensors file ({e}); checkpoints and --weights files must be .safetensors"),
        )
    })?;
    let (_, header) =
        safetensors::SafeTensors::read_metadata(bytes).map_err(|e| Error::checkpoint(op, e))?;
    let meta = header
        .metadata()
        .clone()
        .unwrap_or_default()
        .into_iter()
        .collect();
    Ok((st, meta))
}

/// An integer tensor read back, with the file's metadata.
#[derive(Debug)]
pub struct IntTensor {
    /// Row-major shape.
    pub shape: Vec<usize>,
    /// The values.
    pub data: Vec<i64>,
    /// The file's metadata.
    pub metadata: BTreeMap<String, String>,
}

/// Read an integer tensor by name.
pub fn load_i64(path: &Path, name: &str) -> Result<IntTensor> {
    let (op, bytes) = read(path)?;
    let (st, meta) = parse(&bytes, &op)?;
    let v = st
        .tensor(name)
        .map_err(|_| Error::checkpoint(&op, format!("no tensor '{name}'")))?;
    let data: Vec<i64> = match v.dtype() {
        Dtype::I64 => v
            .data()
            .chunks_exact(8)
            .map(|c| i64::from_le_bytes(c.try_into().unwrap()))
            .collect(),
        Dtype::I32 => v
            .data()
            .chunks_exact(4)
            .map(|c| i32::from_le_bytes(c.try_into().unwrap()) as i64)
            .collect(),
        other => {
            return Err(Error::checkpoint(
                &op,
                format!("tensor '{name}' has dtype {other:?}, expected an integer type"),
            ))
        }
    };
    Ok(IntTensor {
        shape: v.shape().to_vec(),
        data,
        metadata: meta,
    })
}

/// Only the string metadata of a safetensors file (its header), without reading the tensors.
pub fn read_metadata(path: &Path) -> Result<BTreeMap<String, String>> {
    use std::io::Read;
    let op = format!("reading the header of {}", path.display());
    let mut f = std::fs::File::open(path).map_err(|e| Error::Io {
        what: op.clone(),
        source: e,
    })?;
    let mut len = [0u8; 8];
    f.read_exact(&mut len).map_err(|e| Error::Io {
        what: op.clone(),
        source: e,
    })?;
    let n = u64::from_le_bytes(len);
    if n > 100 << 20 {
        return Err(Error::checkpoint(
            &op,
            format!("a header of {n} bytes: not a safetensors file"),
        ));
    }
    let mut header = vec![0u8; n as usize];
    f.read_exact(&mut header).map_err(|e| Error::Io {
        what: op.clone(),
        source: e,
    })?;
    let json: serde_json::Value = serde_json::from_slice(&header)
        .map_err(|e| Error::checkpoint(&op, format!("the header is not JSON: {e}")))?;
    Ok(json
        .get("__metadata__")
        .and_then(|m| m.as_object())
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| v.as_str().map(|s| (k.clone(), s.to_string())))
                .collect()
        })
        .unwrap_or_default())
}

/// Read every tensor (f32, or f64/f16/bf16/integer converted to f32) and the metadata.
pub fn load(path: &Path) -> Result<(Vec<NamedTensor>, BTreeMap<String, String>)> {
    load_noting_conversions(path).map(|(t, m, _)| (t, m))
}

/// What [`load_noting_conversions`] reads: tensors, metadata, and the note on conversions.
pub type Loaded = (Vec<NamedTensor>, BTreeMap<String, String>, Option<String>);

/// [`load`], and a sentence saying which tensors were stored in another type and widened to
/// f32 (None when all were F32): what a resume says once.
pub fn load_noting_conversions(path: &Path) -> Result<Loaded> {
    let (op, bytes) = read(path)?;
    let mut converted: BTreeMap<String, usize> = BTreeMap::new();
    let (st, metadata) = parse(&bytes, &op)?;
    let mut out = Vec::new();
    let mut names: Vec<String> = st.names().into_iter().map(str::to_string).collect();
    names.sort();
    for name in names {
        let v = st.tensor(&name).map_err(|e| Error::checkpoint(&op, e))?;
        let raw = v.data();
        if v.dtype() != Dtype::F32 {
            *converted.entry(format!("{:?}", v.dtype())).or_default() += 1;
        }
        let data: Vec<f32> = match v.dtype() {
            Dtype::F32 => raw
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
                .collect(),
            Dtype::F64 => raw
                .chunks_exact(8)
                .map(|c| f64::from_le_bytes(c.try_into().unwrap()) as f32)
                .collect(),
            Dtype::I64 => raw
                .chunks_exact(8)
                .map(|c| i64::from_le_bytes(c.try_into().unwrap()) as f32)
                .collect(),
            Dtype::I32 => raw
                .chunks_exact(4)
                .map(|c| i32::from_le_bytes(c.try_into().unwrap()) as f32)
                .collect(),
            Dtype::BF16 => raw
                .chunks_exact(2)
                .map(|c| bf16_bits_to_f32(u16::from_le_bytes([c[0], c[1]])))
                .collect(),
            Dtype::F16 => raw
                .chunks_exact(2)
                .map(|c| f16_bits_to_f32(u16::from_le_bytes([c[0], c[1]])))
                .collect(),
            other => {
                return Err(Error::checkpoint(
                    &op,
                    format!("tensor {name} has dtype {other:?}; convert it to float32"),
                ))
            }
        };
        out.push(NamedTensor {
            name,
            shape: v.shape().to_vec(),
            data,
        });
    }
    let note = (!converted.is_empty()).then(|| {
        let kinds: Vec<String> = converted
            .iter()
            .map(|(d, n)| format!("{n} {d} tensor{}", if *n == 1 { "" } else { "s" }))
            .collect();
        format!(
            "{} holds {}: widened to f32 as read",
            path.display(),
            kinds.join(" and ")
        )
    });
    Ok((out, metadata, note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_atomic_replace() {
        let dir = std::env::temp_dir().join(format!("wgtrain-ckpt-{}", std::process::id()));
        let path = dir.join("a.safetensors");
        let t = vec![NamedTensor {
            name: "w".into(),
            shape: vec![2, 2],
            data: vec![1.0, -2.0, 3.5, 0.0],
        }];
        let mut meta = BTreeMap::new();
        meta.insert("epoch".to_string(), "3".to_string());
        save(&path, &t, &meta).unwrap();
        let (back, m) = load(&path).unwrap();
        assert_eq!(back, t);
        assert_eq!(m.get("epoch").map(String::as_str), Some("3"));
        assert!(!path.with_extension("safetensors.tmp").exists());
        std::fs::write(dir.join("bad.safetensors"), b"not a checkpoint").unwrap();
        let e = load(&dir.join("bad.safetensors")).unwrap_err().to_string();
        assert!(
            e.contains("bad.safetensors") && e.contains("safetensors"),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// F16 storage rounds to nearest (ties to even) and halves the data; loading widens it and
    /// says so; BF16 files (as PyTorch writes them) read as their exact values; values beyond
    /// f16's range are refused rather than stored as infinity.
    #[test]
    fn f16_and_bf16_tensors() {
        let dir = std::env::temp_dir().join(format!("wgtrain-ckpt-f16-{}", std::process::id()));
        let values = vec![1.0, -2.5, 1.0 + 2f32.powi(-11), 65504.0, 3e-8, 0.1];
        let t = vec![NamedTensor {
            name: "w".into(),
            shape: vec![2, 3],
            data: values.clone(),
        }];
        let meta = BTreeMap::new();
        let (p32, p16) = (dir.join("32.safetensors"), dir.join("16.safetensors"));
        save(&p32, &t, &meta).unwrap();
        save_as(&p16, &t, &meta, DType::F16).unwrap();
        let (back, _, note) = load_noting_conversions(&p16).unwrap();
        let rounded: Vec<f32> = values
            .iter()
            .map(|&v| crate::gpu::half::round_to_f16(v))
            .collect();
        assert_eq!(back[0].data, rounded);
        assert_eq!(back[0].data[2], 1.0, "a tie rounds to even");
        assert!(note.unwrap().contains("1 F16 tensor"));
        assert!(load_noting_conversions(&p32).unwrap().2.is_none());
        let size = |p: &Path| std::fs::metadata(p).unwrap().len();
        assert!(size(&p16) < size(&p32));
        let big = vec![NamedTensor {
            data: vec![1e5],
            shape: vec![1],
            name: "big".into(),
        }];
        let e = save_as(&dir.join("big.safetensors"), &big, &meta, DType::F16)
            .unwrap_err()
            .to_string();
        assert!(e.contains("big") && e.contains("F32"), "{e}");
        // bf16: f32's upper half; 1.0, -3.0, 0.15625
        let raw: Vec<u8> = [0x3f80u16, 0xc040, 0x3e20]
            .iter()
            .flat_map(|h| h.to_le_bytes())
            .collect();
        let view = TensorView::new(Dtype::BF16, vec![3], &raw).unwrap();
        let pb = dir.join("bf16.safetensors");
        write(&pb, vec![("x".into(), view)], &meta, "test").unwrap();
        let (back, _, note) = load_noting_conversions(&pb).unwrap();
        assert_eq!(back[0].data, vec![1.0, -3.0, 0.15625]);
        assert!(note.unwrap().contains("BF16"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Identical tensors and metadata give identical files: the metadata map safetensors
    /// serializes has a per-instance random order, which the sorted header removes (with a
    /// dozen keys, two unsorted writes almost never agree).
    #[test]
    fn identical_saves_are_byte_identical() {
        let dir = std::env::temp_dir().join(format!("wgtrain-ckpt-same-{}", std::process::id()));
        let t = vec![
            NamedTensor {
                name: "b".into(),
                shape: vec![3],
                data: vec![1.0, 2.0, 3.0],
            },
            NamedTensor {
                name: "a".into(),
                shape: vec![1, 2],
                data: vec![-1.0, 0.5],
            },
        ];
        let meta: BTreeMap<String, String> = (0..12)
            .map(|i| (format!("key{i}"), format!("value {i}")))
            .collect();
        let bytes: Vec<Vec<u8>> = (0..4)
            .map(|i| {
                let path = dir.join(format!("{i}.safetensors"));
                save(&path, &t, &meta).unwrap();
                let (mut back, m) = load(&path).unwrap();
                back.sort_by(|x, y| y.name.cmp(&x.name)); // t is in reverse name order
                assert_eq!(back, t);
                assert_eq!(m, meta);
                std::fs::read(&path).unwrap()
            })
            .collect();
        for b in &bytes[1..] {
            assert!(b == &bytes[0], "checkpoints of identical saves differ");
        }
        let n = u64::from_le_bytes(bytes[0][..8].try_into().unwrap()) as usize;
        assert_eq!(n % 8, 0, "the header keeps the data 8-byte aligned");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
