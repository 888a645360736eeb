//! Reverse-mode autodiff with higher-order gradients.
//!
//! The tape is the graph itself: every op on [`Var`]s records a node holding its inputs and a
//! backward rule. Node ids grow monotonically, so walking the reachable nodes by decreasing id
//! is a walk of the tape in reverse. Dropping the last `Var` of a step frees its activations.
//!
//! The ops and their backward rules live in [`crate::ops`], next to the kernels they call;
//! the rules are written with the same differentiable ops. A plain
//! [`backward`] runs them with recording off (cheap, first order); [`backward_with_graph`]
//! records them, so the gradients it returns can be differentiated again (WGAN-GP).

pub mod gradcheck;
mod gradients;

use crate::error::{Error, Result};
use crate::gpu::Tensor;
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

pub use crate::ops::attention::{attention_mask, causal_mask_with_keys};
pub use crate::ops::basic::cross_entropy;
// the op modules' former paths, kept for users of `autograd::{attention, norm, vision}`
pub use crate::ops::{attention, norm, vision};
pub use gradients::{grad, Gradients};

thread_local! {
    static GRAD_ENABLED: Cell<bool> = const { Cell::new(true) };
    static AUTOCAST: Cell<bool> = const { Cell::new(false) };
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

/// Run `f` with recording off: its results have no graph.
pub fn no_grad<T>(f: impl FnOnce() -> T) -> T {
    let was = GRAD_ENABLED.with(|g| g.replace(false));
    let out = f();
    GRAD_ENABLED.with(|g| g.set(was));
    out
}

fn with_grad_mode<T>(on: bool, f: impl FnOnce() -> T) -> T {
    let was = GRAD_ENABLED.with(|g| g.replace(on));
    let out = f();
    GRAD_ENABLED.with(|g| g.set(was));
    out
}

/// Run `f` with mixed precision on (`on`) or off, as PyTorch's `autocast`: inside, the matrix
/// products (matmul, linear, conv2d, conv_transpose2d) cast their operands to f16 and
/// compute in f32 (f16 loads, f32 products and sums, f32 results), and everything else stays
/// f32; the casts are recorded, so gradients flow back to the f32 parameters (gradients are
/// always f32). The f16 kernels need the device's shader-f16.
pub fn autocast<T>(on: bool, f: impl FnOnce() -> T) -> T {
    let was = AUTOCAST.with(|a| a.replace(on));
    let out = f();
    AUTOCAST.with(|a| a.set(was));
    out
}

/// Whether the matrix products run with f16 operands now (inside [`autocast`]).
pub fn is_autocast_enabled() -> bool {
    AUTOCAST.with(|a| a.get())
}

/// Whether ops record a graph now (false inside [`no_grad`]).
pub fn is_grad_enabled() -> bool {
    GRAD_ENABLED.with(|g| g.get())
}

/// A backward rule: given the op's output, the gradient flowing into it and its inputs,
/// returns one gradient (or `None` for "zero / not differentiable") per input.
type BackwardRule = Box<dyn Fn(&Var, &Var, &[Var]) -> Result<Vec<Option<Var>>>>;

struct GradFn {
    name: &'static str,
    inputs: Vec<Var>,
    rule: BackwardRule,
}

struct Node {
    id: u64,
    value: Tensor,
    requires_grad: bool,
    grad_fn: Option<GradFn>,
}

/// A tensor in the graph.
#[derive(Clone)]
pub struct Var(Rc<Node>);

impl std::fmt::Debug for Var {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Var#{}({:?}{}{})",
            self.0.id,
            self.0.value.shape(),
            if self.0.requires_grad { ", grad" } else { "" },
            self.0
                .grad_fn
                .as_ref()
                .map(|g| format!(", {}", g.name))
                .unwrap_or_default()
        )
    }
}

fn next_id() -> u64 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

impl Var {
    fn new(value: Tensor, requires_grad: bool, grad_fn: Option<GradFn>) -> Var {
        Var(Rc::new(Node {
            id: next_id(),
            value,
            requires_grad,
            grad_fn,
        }))
    }

    /// A leaf whose gradient is wanted (a parameter or an input to differentiate by).
    pub fn param(value: Tensor) -> Var {
        Var::new(value, true, None)
    }

    /// A leaf without gradient (data, targets, constants).
    pub fn constant(value: Tensor) -> Var {
        Var::new(value, false, None)
    }

    /// Record the result of an op. The rule is kept only when recording is on and some input
    /// needs a gradient.
    pub(crate) fn record(
        name: &'static str,
        value: Tensor,
        inputs: &[&Var],
        rule: impl Fn(&Var, &Var, &[Var]) -> Result<Vec<Option<Var>>> + 'static,
    ) -> Var {
        let needs = is_grad_enabled() && inputs.iter().any(|v| v.requires_grad());
        if !needs {
            return Var::constant(value);
        }
        Var::new(
            value,
            true,
            Some(GradFn {
                name,
                inputs: inputs.iter().map(|v| (*v).clone()).collect(),
                rule: Box::new(rule),
            }),
        )
    }

    /// The tensor this var holds.
    pub fn value(&self) -> &Tensor {
        &self.0.value
    }
    /// Its shape.
    pub fn shape(&self) -> &[usize] {
        self.0.value.shape()
    }
    /// Whether a gradient flows to or through it.
    pub fn requires_grad(&self) -> bool {
        self.0.requires_grad
    }
    /// A unique id; later vars have larger ones (the tape order).
    pub fn id(&self) -> u64 {
        self.0.id
    }
    /// The op that made this var, if it was recorded.
    pub fn op_name(&self) -> Option<&'static str> {
        self.0.grad_fn.as_ref().map(|g| g.name)
    }
    /// Same value, cut from the graph (stop-gradient).
    pub fn detach(&self) -> Var {
        Var::constant(self.0.value.clone())
    }
}

/// Gradients of `loss` (one element) with respect to `wrt`; `None` where `loss` does not depend
/// on that var. First order: the rules run unrecorded.
pub fn backward(loss: &Var, wrt: &[&Var]) -> Result<Vec<Option<Var>>> {
    backward_impl(loss, wrt, false)
}

/// As [`backward`], but the rules are recorded, so the returned gradients carry a graph and
/// can be differentiated again.
pub fn backward_with_graph(loss: &Var, wrt: &[&Var]) -> Result<Vec<Option<Var>>> {
    backward_impl(loss, wrt, true)
}

fn backward_impl(loss: &Var, wrt: &[&Var], create_graph: bool) -> Result<Vec<Option<Var>>> {
    if loss.value().numel() != 1 {
        return Err(Error::Autograd(format!(
            "backward needs a one-element loss, got shape {:?}",
            loss.shape()
        )));
    }
    if !loss.requires_grad() {
        return Ok(vec![None; wrt.len()]);
    }
    // Collect the reachable recorded nodes; their ids order them as on the tape.
    let mut nodes: Vec<Var> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![loss.clone()];
    while let Some(v) = stack.pop() {
        if !v.requires_grad() || !seen.insert(v.id()) {
            continue;
        }
        if let Some(g) = &v.0.grad_fn {
            stack.extend(g.inputs.iter().cloned());
        }
        nodes.push(v);
    }
    let wanted: std::collections::HashSet<u64> = wrt.iter().map(|v| v.id()).collect();
    // Only nodes with a path down to something asked for matter: a rule elsewhere (e.g. the
    // generator behind a critic's input, when only the input's gradient is wanted) would
    // compute gradients nobody reads. Inputs are older than their outputs, so one pass in
    // id order marks them.
    nodes.sort_by_key(|v| v.id());
    let mut needed: std::collections::HashSet<u64> = std::collections::HashSet::new();
    for v in &nodes {
        let feeds =
            v.0.grad_fn
                .as_ref()
                .is_some_and(|g| g.inputs.iter().any(|i| needed.contains(&i.id())));
        if wanted.contains(&v.id()) || feeds {
            needed.insert(v.id());
        }
    }
    nodes.retain(|v| needed.contains(&v.id()));
    nodes.reverse();

    let mut grads: HashMap<u64, Var> = HashMap::new();
    let seed = crate::kernels::elementwise::fill(loss.value().gpu(), loss.shape(), 1.0)?;
    grads.insert(loss.id(), Var::constant(seed));

    with_grad_mode(create_graph, || -> Result<()> {
        for node in &nodes {
            let Some(gf) = &node.0.grad_fn else { continue };
            // Intermediate gradients are dropped once used, unless asked for.
            let g = if wanted.contains(&node.id()) {
                grads.get(&node.id()).cloned()
            } else {
                grads.remove(&node.id())
            };
            let Some(g) = g else { continue };
            let input_grads = (gf.rule)(node, &g, &gf.inputs)?;
            if input_grads.len() != gf.inputs.len() {
                return Err(Error::Autograd(format!(
                    "rule of {} returned {} gradients for {} inputs",
                    gf.name,
                    input_grads.len(),
                    gf.inputs.len()
                )));
            }
            for (input, ig) in gf.inputs.iter().zip(input_grads) {
                let Some(ig) = ig else { continue };
                if !input.requires_grad() || !needed.contains(&input.id()) {
                    continue;
                }
                if ig.shape() != input.shape() {
                    return Err(Error::Autograd(format!(
                        "rule of {} gave a gradient of shape {:?} for an input of shape {:?}",
                        gf.name,
                        ig.shape(),
                        input.shape()
                    )));
                }
                let sum = match grads.remove(&input.id()) {
                    Some(prev) => prev.add(&ig)?,
                    None => ig,
                };
                grads.insert(input.id(), sum);
            }
        }
        Ok(())
    })?;
    Ok(wrt.iter().map(|v| grads.get(&v.id()).cloned()).collect())
}

/// `grad()` for an input that needs a gradient, `None` (and no work) for one that does not.
pub(crate) fn grad_if(input: &Var, grad: impl FnOnce() -> Result<Var>) -> Result<Option<Var>> {
    input.requires_grad().then(grad).transpose()
}
