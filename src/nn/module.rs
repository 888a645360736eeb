//! The [`Module`] trait: one walk over a module's parameters, buffers and mode flags with
//! PyTorch's names, and everything derived from it (state_dict, loading, train/eval).

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::{NamedTensor, Tensor};
use std::cell::Cell;
use std::path::Path;

/// `prefix.name`, or `name` at the top (`prefix` empty): how PyTorch joins module paths.
pub fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// What [`Module::visit`] shows its visitor.
pub trait Visitor {
    /// A trained parameter under its full name.
    fn parameter(&mut self, name: &str, param: &Var);
    /// A buffer: state saved with the weights but not trained (BatchNorm's running mean).
    fn buffer(&mut self, _name: &str, _buffer: &Tensor) {}
    /// A module whose behaviour differs between training and evaluation (BatchNorm,
    /// Dropout), by its flag; `name` is the module's path.
    fn mode(&mut self, _name: &str, _training: &Cell<bool>) {}
}

/// Which keys a [`Module::load_state_dict`] left unmatched (torch's `_IncompatibleKeys`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadReport {
    /// The module's keys the file lacks (left as they were).
    pub missing_keys: Vec<String>,
    /// The file's keys the module lacks (ignored).
    pub unexpected_keys: Vec<String>,
}

/// A layer or a model: anything with named parameters.
///
/// Implement [`Module::visit`] (show each parameter, buffer and mode flag, and each child
/// module under its name); the rest comes with it. Names follow PyTorch's state_dict keys, so
/// weights load both ways.
pub trait Module {
    /// Show every parameter, buffer and mode flag to `visitor`, names under `prefix` (empty at
    /// the top; use [`join`]).
    fn visit(&self, prefix: &str, visitor: &mut dyn Visitor);

    /// `(name, parameter)` in definition order.
    fn named_parameters(&self) -> Vec<(String, Var)> {
        self.named_parameters_in("")
    }

    /// [`Module::named_parameters`] as they are named inside a parent that calls this module
    /// `prefix`.
    fn named_parameters_in(&self, prefix: &str) -> Vec<(String, Var)> {
        let mut c = Collect::default();
        self.visit(prefix, &mut c);
        // A parameter shared by two modules (tied weights) is listed once, under its first
        // name, as PyTorch does; state_dict keeps every name.
        let mut seen = std::collections::HashSet::new();
        c.params.retain(|(_, v)| seen.insert(v.id()));
        c.params
    }

    /// The parameters, for an optimiser or a gradient.
    fn parameters(&self) -> Vec<Var> {
        self.named_parameters()
            .into_iter()
            .map(|(_, v)| v)
            .collect()
    }

    /// `(name, buffer)` in definition order.
    fn named_buffers(&self) -> Vec<(String, Tensor)> {
        let mut c = Collect::default();
        self.visit("", &mut c);
        c.buffers
    }

    /// The number of trained values.
    fn num_parameters(&self) -> usize {
        self.parameters().iter().map(|p| p.value().numel()).sum()
    }

    /// Parameters and buffers read back to the host, named as PyTorch's state_dict.
    fn state_dict(&self) -> Result<Vec<NamedTensor>> {
        let mut c = Collect::default();
        self.visit("", &mut c);
        let mut out = Vec::with_capacity(c.params.len() + c.buffers.len());
        for (name, p) in &c.params {
            out.push(NamedTensor::read(name, p.value())?);
        }
        for (name, b) in &c.buffers {
            out.push(NamedTensor::read(name, b)?);
        }
        Ok(out)
    }

    /// Copy `tensors` into the parameters and buffers of the same names, as PyTorch's
    /// `load_state_dict(strict)`: a shape mismatch is always an error; with `strict`, so are
    /// missing and unexpected keys; without, they are reported and the rest loads. Nothing is
    /// written unless the whole load can succeed. PyTorch's `*.num_batches_tracked` counters
    /// are accepted beside a BatchNorm's running statistics.
    fn load_state_dict(&self, tensors: &[NamedTensor], strict: bool) -> Result<LoadReport> {
        let plan = plan(self, tensors);
        let mut problems = plan.mismatched.clone();
        let report = plan.report.clone();
        if strict && !report.missing_keys.is_empty() {
            problems.push(format!("missing keys: {}", report.missing_keys.join(", ")));
        }
        if strict && !report.unexpected_keys.is_empty() {
            problems.push(format!(
                "unexpected keys: {}",
                report.unexpected_keys.join(", ")
            ));
        }
        if !problems.is_empty() {
            return Err(Error::checkpoint(
                "load_state_dict",
                format!(
                    "the weights do not fit this module (nothing was loaded):\n  {}",
                    problems.join("\n  ")
                ),
            ));
        }
        plan.write(tensors)?;
        Ok(report)
    }

    /// Load every parameter and buffer from `tensors`, which may hold more (a training
    /// checkpoint's optimizer state, other models): a missing or mis-shaped key is an error
    /// naming the keys, starting with `what` (the file) and ending with `hint` (what the file
    /// should be). Nothing is written unless everything fits.
    fn load_from(&self, tensors: &[NamedTensor], what: &str, hint: &str) -> Result<()> {
        let plan = plan(self, tensors);
        let mut problems = plan.mismatched.clone();
        if !plan.report.missing_keys.is_empty() {
            problems.push(format!(
                "missing tensors: {}",
                plan.report.missing_keys.join(", ")
            ));
        }
        if !problems.is_empty() {
            return Err(Error::checkpoint(
                what,
                format!("{}{hint}", problems.join("; ")),
            ));
        }
        plan.write(tensors)
    }

    /// Training mode (the default): BatchNorm normalises by the batch and updates its
    /// running statistics, Dropout drops.
    fn train(&self) {
        self.set_training(true);
    }

    /// Evaluation mode: BatchNorm uses its running statistics, Dropout passes through.
    fn eval(&self) {
        self.set_training(false);
    }

    /// Set every mode flag in the module.
    fn set_training(&self, on: bool) {
        struct Set(bool);
        impl Visitor for Set {
            fn parameter(&mut self, _: &str, _: &Var) {}
            fn mode(&mut self, _: &str, training: &Cell<bool>) {
                training.set(self.0);
            }
        }
        self.visit("", &mut Set(on));
    }

    /// Whether any part of the module is in training mode.
    fn is_training(&self) -> bool {
        struct Any(bool);
        impl Visitor for Any {
            fn parameter(&mut self, _: &str, _: &Var) {}
            fn mode(&mut self, _: &str, training: &Cell<bool>) {
                self.0 |= training.get();
            }
        }
        let mut any = Any(false);
        self.visit("", &mut any);
        any.0
    }

    /// Write the state_dict to a safetensors file (atomically: a temporary file, then a
    /// rename), loadable by PyTorch's `safetensors.torch.load_file`.
    fn save(&self, path: &Path) -> Result<()> {
        crate::io::checkpoint::save(path, &self.state_dict()?, &Default::default())
    }

    /// [`Module::load_state_dict`] from a safetensors file; errors name the file.
    fn load(&self, path: &Path, strict: bool) -> Result<LoadReport> {
        let (tensors, _) = crate::io::checkpoint::load(path)?;
        self.load_state_dict(&tensors, strict).map_err(|e| {
            Error::checkpoint(
                format!("loading {}", path.display()),
                e.to_string().trim_start_matches("load_state_dict: "),
            )
        })
    }
}

/// A module that maps one input to one output: what [`super::Sequential`] chains.
///
/// A forward pass records its graph whenever a parameter takes part, so gradients can follow;
/// for inference, run it inside [`crate::autograd::no_grad`] (nothing is recorded and the
/// activations are freed as soon as they are used), and call `eval()` first where the module
/// has dropout or batch norm.
pub trait Forward: Module {
    /// The output for `x`.
    fn forward(&self, x: &Var) -> Result<Var>;
}

/// What a load would do: the module's keys and tensors, and what does not match.
struct Plan {
    ours: Vec<(String, Tensor)>,
    report: LoadReport,
    mismatched: Vec<String>,
}

impl Plan {
    /// Copy the file's tensors into the module's (the keys present; shapes already checked).
    fn write(&self, tensors: &[NamedTensor]) -> Result<()> {
        for (name, dst) in &self.ours {
            if let Some(t) = tensors.iter().find(|t| t.name == *name) {
                dst.gpu().write(dst, &t.data)?;
            }
        }
        Ok(())
    }
}

/// Match `tensors` against the module's keys. PyTorch's `*.num_batches_tracked` counters are
/// accepted where the module has the BatchNorm beside them (they only matter for
/// `momentum=None`, which this crate does not offer).
fn plan<M: Module + ?Sized>(module: &M, tensors: &[NamedTensor]) -> Plan {
    let mut c = Collect::default();
    module.visit("", &mut c);
    let ours: Vec<(String, Tensor)> = c
        .params
        .iter()
        .map(|(n, v)| (n.clone(), v.value().clone()))
        .chain(c.buffers)
        .collect();
    let mut report = LoadReport::default();
    let mut mismatched = vec![];
    for (name, dst) in &ours {
        match tensors.iter().find(|t| t.name == *name) {
            None => report.missing_keys.push(name.clone()),
            Some(t) if t.shape != dst.shape() => mismatched.push(format!(
                "size mismatch for {name}: the file has {:?}, the module needs {:?}",
                t.shape,
                dst.shape()
            )),
            Some(_) => {}
        }
    }
    for t in tensors {
        let known = ours.iter().any(|(n, _)| *n == t.name);
        let counter = t
            .name
            .strip_suffix("num_batches_tracked")
            .is_some_and(|stem| {
                ours.iter()
                    .any(|(n, _)| *n == format!("{stem}running_mean"))
            });
        if !known && !counter {
            report.unexpected_keys.push(t.name.clone());
        }
    }
    Plan {
        ours,
        report,
        mismatched,
    }
}

#[derive(Default)]
struct Collect {
    params: Vec<(String, Var)>,
    buffers: Vec<(String, Tensor)>,
}

impl Visitor for Collect {
    fn parameter(&mut self, name: &str, param: &Var) {
        self.params.push((name.to_string(), param.clone()));
    }
    fn buffer(&mut self, name: &str, buffer: &Tensor) {
        self.buffers.push((name.to_string(), buffer.clone()));
    }
}
