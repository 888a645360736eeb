//! Optimisers over named parameters: [`Adam`] (and AdamW, [`Adam::adamw`]) and [`Sgd`] behind one
//! [`Optimizer`] trait, parameter groups, learning-rate schedules and global-norm clipping.
//!
//! A step reads a [`Gradients`] map (what [`crate::autograd::grad`] returns), so there is no
//! `zero_grad`: each step's gradients are fresh. State goes in and out as an
//! [`OptimizerState`] of host tensors; turning it into a checkpoint is the caller's business.

use crate::autograd::{Gradients, Var};
use crate::error::{Error, Result};
use crate::gpu::{NamedTensor, Tensor};
use crate::kernels::adam::adam_step;
use crate::kernels::elementwise::fill;
use crate::kernels::sgd::sgd_step;
use std::collections::BTreeMap;

pub mod scaler;
pub mod schedule;

pub use crate::kernels::adam::AdamHyper;
pub use crate::kernels::clip::clip_grad_norm;
pub use crate::kernels::sgd::SgdHyper;
pub use scaler::{GradScaler, ScaledStep};
pub use schedule::LrSchedule;

/// Parameters that share a learning rate and weight decay (PyTorch's param_groups).
#[derive(Clone)]
pub struct ParamGroup {
    /// `(name, parameter)`; the names key the optimiser's state.
    pub params: Vec<(String, Var)>,
    /// This group's learning rate.
    pub lr: f64,
    /// This group's weight decay.
    pub weight_decay: f64,
}

/// An optimiser's state as host tensors: buffers named `{kind}.{parameter}` (e.g.
/// `exp_avg.fc.weight`) and each parameter's step count.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OptimizerState {
    /// Per-parameter buffers.
    pub tensors: Vec<NamedTensor>,
    /// Steps taken by each parameter.
    pub steps: BTreeMap<String, u64>,
}

/// What every optimiser offers.
pub trait Optimizer {
    /// Update every parameter that has a gradient in `grads`; the others are left alone and
    /// their step counts stay (as in PyTorch, where their `.grad` is None).
    fn step(&mut self, grads: &Gradients) -> Result<()>;

    /// The parameter groups.
    fn groups(&self) -> &[ParamGroup];

    /// The parameter groups, to change a group's learning rate or weight decay.
    fn groups_mut(&mut self) -> &mut [ParamGroup];

    /// The state, to save it.
    fn state(&self) -> Result<OptimizerState>;

    /// Restore a state [`Optimizer::state`] gave; every parameter's buffers must be there.
    fn load_state(&mut self, state: &OptimizerState) -> Result<()>;

    /// The first group's learning rate.
    fn lr(&self) -> f64 {
        self.groups().first().map_or(0.0, |g| g.lr)
    }

    /// Set every group's learning rate (what a schedule does each step or epoch).
    fn set_lr(&mut self, lr: f64) {
        for g in self.groups_mut() {
            g.lr = lr;
        }
    }

    /// Every parameter, group by group.
    fn params(&self) -> Vec<Var> {
        self.groups()
            .iter()
            .flat_map(|g| g.params.iter().map(|(_, v)| v.clone()))
            .collect()
    }
}

/// Refuse duplicate names across groups: the state is keyed by them.
fn check_names(op: &str, groups: &[ParamGroup]) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for (name, _) in groups.iter().flat_map(|g| &g.params) {
        if !seen.insert(name.as_str()) {
            return Err(Error::invalid(
                op,
                format!("two parameters are named '{name}'; names key the optimizer's state"),
            ));
        }
    }
    Ok(())
}

/// Zero buffers of each parameter's shape.
fn zeros_like(groups: &[ParamGroup]) -> Result<Vec<Vec<Tensor>>> {
    groups
        .iter()
        .map(|g| {
            g.params
                .iter()
                .map(|(_, v)| fill(v.value().gpu(), v.shape(), 0.0))
                .collect()
        })
        .collect()
}

/// `state.tensors` entry `{kind}.{name}`, checked against `dst`'s shape.
fn find_buffer<'s>(
    state: &'s OptimizerState,
    kind: &str,
    name: &str,
    dst: &Tensor,
) -> Result<&'s NamedTensor> {
    let key = format!("{kind}.{name}");
    let t = state
        .tensors
        .iter()
        .find(|t| t.name == key)
        .ok_or_else(|| {
            Error::checkpoint(
                "loading optimizer state",
                format!("no '{key}': the state is of other parameters or another optimizer"),
            )
        })?;
    if t.shape != dst.shape() {
        return Err(Error::shape(
            "loading optimizer state",
            format!(
                "'{key}' is {:?} but the parameter is {:?}",
                t.shape,
                dst.shape()
            ),
        ));
    }
    Ok(t)
}

/// Every group's learning rate and weight decay finite and ≥ 0 (checked before any update, so
/// a bad group never leaves a step half done).
fn check_groups(op: &str, groups: &[ParamGroup]) -> Result<()> {
    for (i, g) in groups.iter().enumerate() {
        for (what, v) in [("lr", g.lr), ("weight_decay", g.weight_decay)] {
            if !(v >= 0.0 && v.is_finite()) {
                return Err(Error::config(
                    op,
                    format!("parameter group {i}: {what} = {v}: it must be ≥ 0"),
                ));
            }
        }
    }
    Ok(())
}

/// torch.optim.Adam (and, with `hyper.decoupled`, AdamW): per-parameter moments and steps.
pub struct Adam {
    groups: Vec<ParamGroup>,
    hyper: AdamHyper,
    /// `[group][param]`: (exp_avg, exp_avg_sq, step)
    state: Vec<Vec<(Tensor, Tensor, u64)>>,
}

impl Adam {
    /// One group of `params` with `hyper`'s learning rate and weight decay.
    pub fn new(params: Vec<(String, Var)>, hyper: AdamHyper) -> Result<Adam> {
        let group = ParamGroup {
            params,
            lr: hyper.lr,
            weight_decay: hyper.weight_decay,
        };
        Adam::with_groups(vec![group], hyper)
    }

    /// Several groups: each group's `lr` and `weight_decay` replace `hyper`'s.
    pub fn with_groups(groups: Vec<ParamGroup>, hyper: AdamHyper) -> Result<Adam> {
        check_names("Adam", &groups)?;
        check_groups("Adam", &groups)?;
        for (what, v) in [("lr", hyper.lr), ("eps", hyper.eps)] {
            if !(v >= 0.0 && v.is_finite()) {
                return Err(Error::config(
                    "Adam",
                    format!("{what} = {v}: it must be ≥ 0"),
                ));
            }
        }
        for (what, b) in [("beta1", hyper.beta1), ("beta2", hyper.beta2)] {
            if !(0.0..1.0).contains(&b) {
                return Err(Error::config(
                    "Adam",
                    format!("{what} = {b}: it must be in [0, 1)"),
                ));
            }
        }
        let state = zeros_like(&groups)?
            .into_iter()
            .zip(zeros_like(&groups)?)
            .map(|(m, v)| m.into_iter().zip(v).map(|(m, v)| (m, v, 0)).collect())
            .collect();
        Ok(Adam {
            groups,
            hyper,
            state,
        })
    }

    /// torch.optim.AdamW: Adam whose weight decay shrinks the parameters by
    /// `1 − lr · weight_decay` before each update instead of adding an L2 term to the
    /// gradient (PyTorch's default weight decay there: 0.01).
    pub fn adamw(params: Vec<(String, Var)>, lr: f64, weight_decay: f64) -> Result<Adam> {
        Adam::new(
            params,
            AdamHyper {
                lr,
                weight_decay,
                decoupled: true,
                ..AdamHyper::default()
            },
        )
    }

    /// The hyperparameters (learning rate and weight decay: the groups').
    pub fn hyper(&self) -> AdamHyper {
        self.hyper
    }
}

impl Optimizer for Adam {
    fn step(&mut self, grads: &Gradients) -> Result<()> {
        check_groups("Adam", &self.groups)?;
        for (group, state) in self.groups.iter().zip(&mut self.state) {
            let h = AdamHyper {
                lr: group.lr,
                weight_decay: group.weight_decay,
                ..self.hyper
            };
            for ((_, p), (m, v, t)) in group.params.iter().zip(state.iter_mut()) {
                let Some(g) = grads.get(p) else { continue };
                adam_step(p.value(), g, m, v, h, *t + 1)?;
                *t += 1;
            }
        }
        Ok(())
    }

    fn groups(&self) -> &[ParamGroup] {
        &self.groups
    }

    fn groups_mut(&mut self) -> &mut [ParamGroup] {
        &mut self.groups
    }

    fn state(&self) -> Result<OptimizerState> {
        let mut out = OptimizerState::default();
        for (group, state) in self.groups.iter().zip(&self.state) {
            for ((name, _), (m, v, t)) in group.params.iter().zip(state) {
                out.tensors
                    .push(NamedTensor::read(format!("exp_avg.{name}"), m)?);
                out.tensors
                    .push(NamedTensor::read(format!("exp_avg_sq.{name}"), v)?);
                out.steps.insert(name.clone(), *t);
            }
        }
        Ok(out)
    }

    /// Every buffer is checked before any is written. A parameter without a step count
    /// starts from step 0 (checkpoints written before step counts were saved).
    fn load_state(&mut self, s: &OptimizerState) -> Result<()> {
        let mut found = vec![];
        for (group, state) in self.groups.iter().zip(&self.state) {
            for ((name, _), (m, v, _)) in group.params.iter().zip(state) {
                found.push((
                    find_buffer(s, "exp_avg", name, m)?,
                    find_buffer(s, "exp_avg_sq", name, v)?,
                ));
            }
        }
        let slots = self
            .groups
            .iter()
            .zip(&mut self.state)
            .flat_map(|(g, st)| g.params.iter().zip(st.iter_mut()));
        for (((name, _), (m, v, t)), (fm, fv)) in slots.zip(found) {
            m.gpu().write(m, &fm.data)?;
            v.gpu().write(v, &fv.data)?;
            *t = *s.steps.get(name).unwrap_or(&0);
        }
        Ok(())
    }
}

/// torch.optim.SGD: plain, with momentum and dampening, or Nesterov; L2 weight decay.
pub struct Sgd {
    groups: Vec<ParamGroup>,
    hyper: SgdHyper,
    /// `[group][param]`: (momentum buffer when momentum > 0, step)
    state: Vec<Vec<(Option<Tensor>, u64)>>,
}

impl Sgd {
    /// One group of `params` with `hyper`'s learning rate and weight decay.
    pub fn new(params: Vec<(String, Var)>, hyper: SgdHyper) -> Result<Sgd> {
        let group = ParamGroup {
            params,
            lr: hyper.lr,
            weight_decay: hyper.weight_decay,
        };
        Sgd::with_groups(vec![group], hyper)
    }

    /// Several groups: each group's `lr` and `weight_decay` replace `hyper`'s.
    pub fn with_groups(groups: Vec<ParamGroup>, hyper: SgdHyper) -> Result<Sgd> {
        check_names("SGD", &groups)?;
        check_groups("SGD", &groups)?;
        hyper.validate()?;
        let state = if hyper.momentum > 0.0 {
            zeros_like(&groups)?
                .into_iter()
                .map(|g| g.into_iter().map(|b| (Some(b), 0)).collect())
                .collect()
        } else {
            groups
                .iter()
                .map(|g| vec![(None, 0); g.params.len()])
                .collect()
        };
        Ok(Sgd {
            groups,
            hyper,
            state,
        })
    }
}

impl Optimizer for Sgd {
    fn step(&mut self, grads: &Gradients) -> Result<()> {
        check_groups("SGD", &self.groups)?;
        for (group, state) in self.groups.iter().zip(&mut self.state) {
            let h = SgdHyper {
                lr: group.lr,
                weight_decay: group.weight_decay,
                ..self.hyper
            };
            for ((_, p), (buf, t)) in group.params.iter().zip(state.iter_mut()) {
                let Some(g) = grads.get(p) else { continue };
                sgd_step(p.value(), g, buf.as_ref(), h, *t == 0)?;
                *t += 1;
            }
        }
        Ok(())
    }

    fn groups(&self) -> &[ParamGroup] {
        &self.groups
    }

    fn groups_mut(&mut self) -> &mut [ParamGroup] {
        &mut self.groups
    }

    fn state(&self) -> Result<OptimizerState> {
        let mut out = OptimizerState::default();
        for (group, state) in self.groups.iter().zip(&self.state) {
            for ((name, _), (buf, t)) in group.params.iter().zip(state) {
                if let Some(b) = buf {
                    out.tensors
                        .push(NamedTensor::read(format!("momentum_buffer.{name}"), b)?);
                }
                out.steps.insert(name.clone(), *t);
            }
        }
        Ok(out)
    }

    /// Every buffer and step count is checked before any is written; a momentum buffer needs
    /// its step count (step 0 would discard it).
    fn load_state(&mut self, s: &OptimizerState) -> Result<()> {
        let mut found = vec![];
        for (group, state) in self.groups.iter().zip(&self.state) {
            for ((name, _), (buf, _)) in group.params.iter().zip(state) {
                let b = buf
                    .as_ref()
                    .map(|b| find_buffer(s, "momentum_buffer", name, b))
                    .transpose()?;
                let step = s.steps.get(name).copied();
                if b.is_some() && step.is_none() {
                    return Err(Error::checkpoint(
                        "loading optimizer state",
                        format!("'{name}' has a momentum buffer but no step count"),
                    ));
                }
                found.push((b, step.unwrap_or(0)));
            }
        }
        let slots = self
            .groups
            .iter()
            .zip(&mut self.state)
            .flat_map(|(g, st)| g.params.iter().zip(st.iter_mut()));
        for ((_, (buf, t)), (fb, step)) in slots.zip(found) {
            if let (Some(b), Some(f)) = (buf.as_ref(), fb) {
                b.gpu().write(b, &f.data)?;
            }
            *t = step;
        }
        Ok(())
    }
}
