//! `Tensor`: a pooled GPU buffer with a row-major shape. Cloning shares the buffer; the buffer
//! goes back to the pool when the last clone is dropped.

use super::Gpu;
use crate::error::{Error, Result};
use std::sync::Arc;

/// Element type of a tensor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DType {
    /// 32-bit float.
    F32,
    /// 16-bit IEEE float (half precision), two to a 32-bit word; the operands of mixed
    /// precision's matrix products. Its kernels need the device's `SHADER_F16`; the casts
    /// (`Tensor::cast`) run everywhere.
    F16,
    /// 32-bit unsigned integer (ids, indices).
    U32,
    /// 32-bit signed integer (class targets).
    I32,
}

impl DType {
    /// Bytes per element.
    pub fn size(self) -> usize {
        match self {
            DType::F16 => 2,
            _ => 4,
        }
    }
}

struct Storage {
    gpu: Gpu,
    buffer: Option<wgpu::Buffer>,
    class: u64,
}

impl Drop for Storage {
    fn drop(&mut self) {
        if let Some(b) = self.buffer.take() {
            self.gpu.recycle(b, self.class);
        }
    }
}

/// A pooled GPU buffer with a row-major shape and an element type.
#[derive(Clone)]
pub struct Tensor {
    storage: Arc<Storage>,
    shape: Vec<usize>,
    dtype: DType,
}

impl std::fmt::Debug for Tensor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tensor({:?}, {:?})", self.shape, self.dtype)
    }
}

impl Tensor {
    pub(crate) fn from_parts(
        gpu: Gpu,
        buffer: wgpu::Buffer,
        class: u64,
        shape: Vec<usize>,
        dtype: DType,
    ) -> Self {
        Tensor {
            storage: Arc::new(Storage {
                gpu,
                buffer: Some(buffer),
                class,
            }),
            shape,
            dtype,
        }
    }

    /// The device it lives on.
    pub fn gpu(&self) -> &Gpu {
        &self.storage.gpu
    }
    /// Its shape.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }
    /// Its element type.
    pub fn dtype(&self) -> DType {
        self.dtype
    }
    /// Elements.
    pub fn numel(&self) -> usize {
        self.shape.iter().product()
    }
    /// Bytes.
    pub fn byte_len(&self) -> u64 {
        (self.numel() * self.dtype.size()) as u64
    }
    /// Bytes rounded up to whole 4-byte words (at least one): what bindings and copies cover.
    pub(crate) fn padded_byte_len(&self) -> u64 {
        self.byte_len().next_multiple_of(4).max(4)
    }
    pub(crate) fn buffer(&self) -> &wgpu::Buffer {
        self.storage
            .buffer
            .as_ref()
            .expect("live tensor has a buffer")
    }
    /// True when both tensors share one buffer.
    pub fn same_storage(&self, other: &Tensor) -> bool {
        Arc::ptr_eq(&self.storage, &other.storage)
    }

    /// Same buffer, new shape with the same number of elements.
    pub fn reshape(&self, shape: &[usize]) -> Result<Tensor> {
        let n: usize = shape.iter().product();
        if n != self.numel() {
            return Err(Error::shape(
                "reshape",
                format!(
                    "{:?} ({} elements) to {shape:?} ({n} elements)",
                    self.shape,
                    self.numel()
                ),
            ));
        }
        Ok(Tensor {
            storage: self.storage.clone(),
            shape: shape.to_vec(),
            dtype: self.dtype,
        })
    }

    /// Upload f32 values as a tensor of `shape`.
    pub fn from_f32(gpu: &Gpu, data: &[f32], shape: &[usize]) -> Result<Tensor> {
        gpu.upload(data, shape, DType::F32)
    }
    /// Upload u32 values as a tensor of `shape`.
    pub fn from_u32(gpu: &Gpu, data: &[u32], shape: &[usize]) -> Result<Tensor> {
        gpu.upload(data, shape, DType::U32)
    }
    /// Upload f32 values rounded to the nearest f16 (ties to even) as an F16 tensor.
    pub fn from_f32_as_f16(gpu: &Gpu, data: &[f32], shape: &[usize]) -> Result<Tensor> {
        let bits: Vec<u16> = data
            .iter()
            .map(|&x| super::half::f32_to_f16_bits(x))
            .collect();
        gpu.upload(&bits, shape, DType::F16)
    }
    /// Upload i32 values as a tensor of `shape`.
    pub fn from_i32(gpu: &Gpu, data: &[i32], shape: &[usize]) -> Result<Tensor> {
        gpu.upload(data, shape, DType::I32)
    }

    /// Read the values back (waits for the GPU); an F16 tensor's values are widened exactly.
    pub fn to_f32(&self) -> Result<Vec<f32>> {
        Ok(Self::read_f32s("to_f32", &[self])?
            .pop()
            .unwrap_or_default())
    }
    /// Read an F16 tensor's bits back.
    pub fn to_f16_bits(&self) -> Result<Vec<u16>> {
        self.expect_dtype(DType::F16, "to_f16_bits")?;
        let bytes = self.gpu().read_bytes(self)?;
        Ok(bytes
            .chunks_exact(2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .collect())
    }
    /// Read u32 values back.
    pub fn to_u32(&self) -> Result<Vec<u32>> {
        self.expect_dtype(DType::U32, "to_u32")?;
        Ok(bytemuck::cast_slice(&self.gpu().read_bytes(self)?).to_vec())
    }
    /// Read i32 values back.
    pub fn to_i32(&self) -> Result<Vec<i32>> {
        self.expect_dtype(DType::I32, "to_i32")?;
        Ok(bytemuck::cast_slice(&self.gpu().read_bytes(self)?).to_vec())
    }
    /// The values of several F32 or F16 tensors of one device, read with one sync point
    /// instead of one each (a training step's loss terms and the logits it scores); F16 values
    /// are widened exactly, as [`Tensor::to_f32`] does.
    pub fn to_f32_many(ts: &[&Tensor]) -> Result<Vec<Vec<f32>>> {
        Self::read_f32s("to_f32_many", ts)
    }

    /// The values of several one-element F32 or F16 tensors of one device, read with one sync
    /// point instead of one each.
    pub fn scalars(ts: &[&Tensor]) -> Result<Vec<f32>> {
        Self::read_scalars("scalars", ts)
    }

    /// A one-element tensor's value.
    pub fn scalar(&self) -> Result<f32> {
        Ok(Self::read_scalars("scalar", &[self])?[0])
    }

    fn read_scalars(op: &str, ts: &[&Tensor]) -> Result<Vec<f32>> {
        if let Some(t) = ts.iter().find(|t| t.numel() != 1) {
            return Err(Error::shape(
                op,
                format!("{:?} is not one element", t.shape),
            ));
        }
        Ok(Self::read_f32s(op, ts)?.into_iter().map(|v| v[0]).collect())
    }

    fn read_f32s(op: &str, ts: &[&Tensor]) -> Result<Vec<Vec<f32>>> {
        let Some(first) = ts.first() else {
            return Ok(Vec::new());
        };
        for t in ts {
            if t.dtype != DType::F16 {
                t.expect_dtype(DType::F32, op)?;
            }
        }
        let bytes = first.gpu().read_bytes_many(ts)?;
        Ok(ts
            .iter()
            .zip(bytes)
            .map(|(t, b)| match t.dtype {
                DType::F16 => b
                    .chunks_exact(2)
                    .map(|h| super::half::f16_bits_to_f32(u16::from_le_bytes([h[0], h[1]])))
                    .collect(),
                _ => b
                    .chunks_exact(4)
                    .map(|w| f32::from_le_bytes([w[0], w[1], w[2], w[3]]))
                    .collect(),
            })
            .collect())
    }

    /// An error naming `op` unless the element type is `want`.
    pub fn expect_dtype(&self, want: DType, op: &str) -> Result<()> {
        if self.dtype != want {
            return Err(Error::invalid(
                op,
                format!("expected a {want:?} tensor, got {:?}", self.dtype),
            ));
        }
        Ok(())
    }
}

/// A named host tensor: one entry of a state_dict or a checkpoint (f32 values, row-major).
#[derive(Clone, Debug, PartialEq)]
pub struct NamedTensor {
    /// The key, PyTorch-style (`encoder.1.weight`).
    pub name: String,
    /// Row-major shape.
    pub shape: Vec<usize>,
    /// The values.
    pub data: Vec<f32>,
}

impl NamedTensor {
    /// A GPU tensor's values under `name` (a read-back).
    pub fn read(name: impl Into<String>, t: &Tensor) -> Result<NamedTensor> {
        Ok(NamedTensor {
            name: name.into(),
            shape: t.shape().to_vec(),
            data: t.to_f32()?,
        })
    }
}
