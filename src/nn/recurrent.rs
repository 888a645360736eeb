//! torch.nn.LSTM and torch.nn.GRU: multi-layer, batch-first, zero initial state.

use super::{join, Init, Module, Visitor};
use crate::autograd::Var;
use crate::error::{Error, Result};

/// One layer's `weight_ih`, `weight_hh`, `bias_ih`, `bias_hh`.
pub type RecurrentLayer = [Var; 4];

/// What a recurrent module returns.
pub struct RnnOutput {
    /// The last layer's hidden state at every step: `[B, T, H]`.
    pub output: Var,
    /// Every layer's hidden state after the last step: `[layers, B, H]`.
    pub h_n: Var,
    /// LSTM only: every layer's cell state after the last step, `[layers, B, H]`. A value:
    /// gradients flow through `output` and `h_n`, not through it.
    pub c_n: Option<Var>,
}

/// `layers` layers of `gates · hidden` rows, PyTorch's init U(±1/√hidden).
fn layers(
    init: &Init,
    input: usize,
    hidden: usize,
    num_layers: usize,
    gates: usize,
) -> Result<Vec<RecurrentLayer>> {
    if hidden == 0 || num_layers == 0 {
        return Err(Error::invalid(
            init.path(),
            format!(
                "a recurrent layer needs hidden ≥ 1 and layers ≥ 1, got {hidden} and {num_layers}"
            ),
        ));
    }
    let bound = 1.0 / (hidden as f32).sqrt();
    (0..num_layers)
        .map(|k| {
            let width = if k == 0 { input } else { hidden };
            Ok([
                init.uniform(&format!("weight_ih_l{k}"), &[gates * hidden, width], bound)?,
                init.uniform(&format!("weight_hh_l{k}"), &[gates * hidden, hidden], bound)?,
                init.uniform(&format!("bias_ih_l{k}"), &[gates * hidden], bound)?,
                init.uniform(&format!("bias_hh_l{k}"), &[gates * hidden], bound)?,
            ])
        })
        .collect()
}

fn visit_layers(prefix: &str, layers: &[RecurrentLayer], v: &mut dyn Visitor) {
    for (k, [wi, wh, bi, bh]) in layers.iter().enumerate() {
        v.parameter(&join(prefix, &format!("weight_ih_l{k}")), wi);
        v.parameter(&join(prefix, &format!("weight_hh_l{k}")), wh);
        v.parameter(&join(prefix, &format!("bias_ih_l{k}")), bi);
        v.parameter(&join(prefix, &format!("bias_hh_l{k}")), bh);
    }
}

/// `[B, T, H]` → its last step, `[1, B, H]`.
fn last_step(x: &Var) -> Result<Var> {
    let (b, t, h) = match x.shape() {
        [b, t, h] => (*b, *t, *h),
        s => return Err(Error::shape("recurrent", format!("{s:?} is not [B, T, H]"))),
    };
    x.narrow(1, t - 1, 1)?.reshape(&[1, b, h])
}

/// Layers given as tensors (loaded, or drawn by a model's own scheme): the input size is
/// layer 0's `weight_ih` width; every layer's shapes must agree with `gates` gates.
fn checked_layers(
    layers: Vec<RecurrentLayer>,
    gates: usize,
    what: &str,
) -> Result<(Vec<RecurrentLayer>, usize)> {
    let Some(first) = layers.first() else {
        return Err(Error::invalid(what, "no layers"));
    };
    let (rows, input) = match first[0].shape() {
        [r, i] if *r > 0 && r % gates == 0 => (*r, *i),
        s => {
            return Err(Error::shape(
                what,
                format!("weight_ih_l0 {s:?} is not [{gates}·hidden, input]"),
            ))
        }
    };
    let h = rows / gates;
    for (k, [wi, wh, bi, bh]) in layers.iter().enumerate() {
        let width = if k == 0 { input } else { h };
        let ok = wi.shape() == [rows, width]
            && wh.shape() == [rows, h]
            && bi.shape() == [rows]
            && bh.shape() == [rows];
        if !ok {
            return Err(Error::shape(
                what,
                format!(
                    "layer {k}: {:?} {:?} {:?} {:?}, want [{rows}, {width}] [{rows}, {h}] [{rows}] [{rows}]",
                    wi.shape(),
                    wh.shape(),
                    bi.shape(),
                    bh.shape()
                ),
            ));
        }
    }
    Ok((layers, input))
}

fn check_input(x: &Var, input: usize, what: &str) -> Result<()> {
    match x.shape() {
        [_, t, i] if *i == input && *t > 0 => Ok(()),
        s => Err(Error::shape(
            what,
            format!("input {s:?}, but this layer takes [batch, time ≥ 1, {input}] (batch first)"),
        )),
    }
}

/// What tells an LSTM stack from a GRU stack: the gates per layer and one layer's run.
pub trait RecurrentCell {
    /// Gates per layer: rows of `weight_ih` are `GATES · hidden`.
    const GATES: usize;
    /// The module's name in errors.
    const NAME: &'static str;
    /// One layer over `x: [B, T, I]`: its outputs `[B, T, H]` and, for a cell that has them
    /// and when `cells` asks, its cell states `[B, T, H]`.
    fn layer(x: &Var, w: &RecurrentLayer, cells: bool) -> Result<(Var, Option<Var>)>;
}

/// The LSTM cell: gates i, f, g, o.
pub struct LstmCell;

impl RecurrentCell for LstmCell {
    const GATES: usize = 4;
    const NAME: &'static str = "LSTM";
    fn layer(
        x: &Var,
        [wi, wh, bi, bh]: &RecurrentLayer,
        cells: bool,
    ) -> Result<(Var, Option<Var>)> {
        if cells {
            let (out, c) = x.lstm_layer_with_cells(wi, wh, bi, bh)?;
            Ok((out, Some(Var::constant(c))))
        } else {
            Ok((x.lstm_layer(wi, wh, bi, bh)?, None))
        }
    }
}

/// The GRU cell: gates r, z, n; no cell state.
pub struct GruCell;

impl RecurrentCell for GruCell {
    const GATES: usize = 3;
    const NAME: &'static str = "GRU";
    fn layer(x: &Var, [wi, wh, bi, bh]: &RecurrentLayer, _: bool) -> Result<(Var, Option<Var>)> {
        Ok((x.gru_layer(wi, wh, bi, bh)?, None))
    }
}

/// A stack of recurrent layers with `batch_first=True` and a zero initial state; [`Lstm`]
/// and [`Gru`] are its two kinds.
pub struct Recurrent<C> {
    /// `[weight_ih_lk, weight_hh_lk, bias_ih_lk, bias_hh_lk]` per layer.
    pub layers: Vec<RecurrentLayer>,
    input: usize,
    cell: std::marker::PhantomData<C>,
}

/// torch.nn.LSTM with `batch_first=True`: gates i, f, g, o; zero initial state.
pub type Lstm = Recurrent<LstmCell>;

/// torch.nn.GRU with `batch_first=True`: gates r, z, n; zero initial state.
pub type Gru = Recurrent<GruCell>;

impl<C: RecurrentCell> Recurrent<C> {
    /// `num_layers` stacked layers, `input` features in, `hidden` out.
    pub fn new(init: &Init, input: usize, hidden: usize, num_layers: usize) -> Result<Self> {
        Ok(Recurrent {
            layers: layers(init, input, hidden, num_layers, C::GATES)?,
            input,
            cell: std::marker::PhantomData,
        })
    }

    /// A stack of the given layers (`[weight_ih, weight_hh, bias_ih, bias_hh]` each).
    pub fn from_layers(layers: Vec<RecurrentLayer>) -> Result<Self> {
        let (layers, input) = checked_layers(layers, C::GATES, C::NAME)?;
        Ok(Recurrent {
            layers,
            input,
            cell: std::marker::PhantomData,
        })
    }

    /// The last layer's outputs `[B, T, H]` alone (no final states gathered).
    pub fn output(&self, x: &Var) -> Result<Var> {
        check_input(x, self.input, C::NAME)?;
        let mut x = x.clone();
        for w in &self.layers {
            x = C::layer(&x, w, false)?.0;
        }
        Ok(x)
    }

    /// The sequence `x: [B, T, input]` through every layer.
    pub fn forward(&self, x: &Var) -> Result<RnnOutput> {
        check_input(x, self.input, C::NAME)?;
        let (mut x, mut h_n, mut c_n) = (x.clone(), vec![], vec![]);
        for w in &self.layers {
            let (out, cells) = C::layer(&x, w, true)?;
            h_n.push(last_step(&out)?);
            if let Some(c) = cells {
                c_n.push(last_step(&c)?);
            }
            x = out;
        }
        Ok(RnnOutput {
            output: x,
            h_n: Var::cat0(&h_n)?,
            c_n: (!c_n.is_empty()).then(|| Var::cat0(&c_n)).transpose()?,
        })
    }
}

impl<C: RecurrentCell> Module for Recurrent<C> {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        visit_layers(prefix, &self.layers, v);
    }
}
