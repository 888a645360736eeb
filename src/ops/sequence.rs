//! Sequence ops: embedding lookup and an LSTM layer. Their backward rules run dedicated kernels
//! (a deterministic scatter-add; backward through time) and are first order only: asking for
//! a graph of their gradients is an error, not a silent zero.

use crate::autograd::{is_grad_enabled, Var};
use crate::error::{Error, Result};
use crate::gpu::{DType, Tensor};
use crate::kernels::codebook::gather_rows;
use crate::kernels::embedding::embedding_backward;
use crate::kernels::gru::{gru_backward, gru_forward};
use crate::kernels::lstm::{lstm_backward, lstm_forward};
use crate::kernels::recurrent::RecurrentWeights;

/// The guard of a first-order-only rule: an error when the rule is being recorded
/// (`backward_with_graph`), rather than a gradient with no graph behind it.
pub(super) fn first_order_only(op: &str) -> Result<()> {
    if is_grad_enabled() {
        return Err(Error::invalid(
            op,
            "second-order gradients are not supported through this op (use backward, not backward_with_graph)",
        ));
    }
    Ok(())
}

/// A recurrent rule's weights from its inputs `[x, w_ih, w_hh, b_ih, b_hh]`.
fn weights_of(inp: &[Var]) -> RecurrentWeights<'_> {
    RecurrentWeights::of([
        inp[1].value(),
        inp[2].value(),
        inp[3].value(),
        inp[4].value(),
    ])
}

impl Var {
    /// `self[ids]` for a table `self: [k, d]` and u32 `ids` of any shape: `[..ids, d]`.
    /// Ids ≥ k give zero rows (and no gradient); check ids at the input boundary.
    pub fn embedding(&self, ids: &Tensor) -> Result<Var> {
        let op = "embedding";
        ids.expect_dtype(DType::U32, op)?;
        let (k, d) = match self.shape() {
            [k, d] => (*k, *d),
            s => return Err(Error::shape(op, format!("table {s:?} is not [rows, dim]"))),
        };
        let mut shape = ids.shape().to_vec();
        shape.push(d);
        let flat = ids.reshape(&[ids.numel()])?;
        let value = gather_rows(self.value(), &flat)?.reshape(&shape)?;
        Ok(Var::record(op, value, &[self], move |_o, g, _inp| {
            first_order_only(op)?;
            let g2 = g.value().reshape(&[flat.numel(), d])?;
            Ok(vec![Some(Var::constant(embedding_backward(
                &g2, &flat, k,
            )?))])
        }))
    }

    /// One LSTM layer, PyTorch semantics (batch-first `self: [B, T, I]`, zero initial state,
    /// weights `[4H, I]`, `[4H, H]`, biases `[4H]`, gates i, f, g, o): the outputs `[B, T, H]`.
    pub fn lstm_layer(&self, w_ih: &Var, w_hh: &Var, b_ih: &Var, b_hh: &Var) -> Result<Var> {
        Ok(self.lstm_layer_with_cells(w_ih, w_hh, b_ih, b_hh)?.0)
    }

    /// [`Var::lstm_layer`] and its cell states `[B, T, H]`, a value (no gradient flows
    /// through them; the hidden states carry it).
    pub fn lstm_layer_with_cells(
        &self,
        w_ih: &Var,
        w_hh: &Var,
        b_ih: &Var,
        b_hh: &Var,
    ) -> Result<(Var, Tensor)> {
        let w = RecurrentWeights::of([w_ih.value(), w_hh.value(), b_ih.value(), b_hh.value()]);
        let saved = lstm_forward(self.value(), &w)?;
        let h = saved.h.clone();
        let cells = saved.cell.clone();
        let out = Var::record(
            "lstm_layer",
            h,
            &[self, w_ih, w_hh, b_ih, b_hh],
            move |_o, g, inp| {
                first_order_only("lstm_layer")?;
                let w = weights_of(inp);
                let need_dx = inp[0].requires_grad();
                let gr = lstm_backward(inp[0].value(), &w, &saved, g.value(), need_dx)?;
                let keep = |i: usize, t: Tensor| inp[i].requires_grad().then(|| Var::constant(t));
                Ok(vec![
                    gr.dx.map(Var::constant),
                    keep(1, gr.dw_ih),
                    keep(2, gr.dw_hh),
                    keep(3, gr.db.clone()),
                    keep(4, gr.db),
                ])
            },
        );
        Ok((out, cells))
    }

    /// One GRU layer, PyTorch semantics (batch-first `self: [B, T, I]`, zero initial state,
    /// weights `[3H, I]`, `[3H, H]`, biases `[3H]`, gates r, z, n): the outputs `[B, T, H]`.
    pub fn gru_layer(&self, w_ih: &Var, w_hh: &Var, b_ih: &Var, b_hh: &Var) -> Result<Var> {
        let w = RecurrentWeights::of([w_ih.value(), w_hh.value(), b_ih.value(), b_hh.value()]);
        let saved = gru_forward(self.value(), &w)?;
        let h = saved.h.clone();
        Ok(Var::record(
            "gru_layer",
            h,
            &[self, w_ih, w_hh, b_ih, b_hh],
            move |_o, g, inp| {
                first_order_only("gru_layer")?;
                let w = weights_of(inp);
                let need_dx = inp[0].requires_grad();
                let gr = gru_backward(inp[0].value(), &w, &saved, g.value(), need_dx)?;
                let keep = |i: usize, t: Tensor| inp[i].requires_grad().then(|| Var::constant(t));
                Ok(vec![
                    gr.dx.map(Var::constant),
                    keep(1, gr.dw_ih),
                    keep(2, gr.dw_hh),
                    keep(3, gr.db_ih),
                    keep(4, gr.db_hh),
                ])
            },
        ))
    }
}
