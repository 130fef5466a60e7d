"""Writes the small ONNX models of the deployment tests, with Debian's python3-onnx (1.12) alone, no training library.

    python3 src/test/python/onnx_models.py

churn-logistic.onnx: a logistic regression over the churn example's four inputs, one named input each, as a
serving team exports it: usage_last_30d, support_contacts_90d and tenure_months (float [N, 1]) and plan (string
[N, 1], one-hot encoded inside the model); outputs churn_score (float [N, 1], the probability) and churn_flag
(int64 [N, 1], churn_score >= 0.5).

churn-trees.onnx: a tree ensemble (ai.onnx.ml TreeEnsembleRegressor, two trees of depth 2) over one float [N, 3]
input named features (usage_last_30d, support_contacts_90d, tenure_months, in that order); output churn_score.

churn-half.onnx: the logistic regression with usage_last_30d taken as float16 [N, 1] (cast to float inside), a type
mlgate does not feed from a field, for the test of the contract's message.

not-a-model.onnx: bytes that are not an ONNX model, for the test of a model that does not load.
"""
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.join(os.path.dirname(__file__), "..", "resources", "io", "github", "mlgate", "deployment", "models")
OPSETS = [helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 2)]

# Weights of the logistic regression: usage (per minute), contacts, tenure (per month), then basic, plus, family.
WEIGHTS = np.array([[-0.008], [0.45], [-0.03], [0.6], [0.1], [-0.4]], dtype=np.float32)
BIAS = np.array([0.9], dtype=np.float32)


def logistic(usage_type=TensorProto.FLOAT, name="churn-logistic"):
    numeric = ["usage_last_30d", "support_contacts_90d", "tenure_months"]
    inputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, ["N", 1]) for n in numeric]
    inputs[0] = helper.make_tensor_value_info(numeric[0], usage_type, ["N", 1])
    inputs.append(helper.make_tensor_value_info("plan", TensorProto.STRING, ["N", 1]))
    cast = []
    if usage_type != TensorProto.FLOAT:
        cast = [helper.make_node("Cast", [numeric[0]], ["usage_float"], to=TensorProto.FLOAT)]
        numeric = ["usage_float"] + numeric[1:]
    nodes = cast + [
        helper.make_node("OneHotEncoder", ["plan"], ["plan_onehot"], domain="ai.onnx.ml",
                         cats_strings=["basic", "plus", "family"], zeros=1),
        helper.make_node("Reshape", ["plan_onehot", "plan_shape"], ["plan_columns"]),
        helper.make_node("Concat", numeric + ["plan_columns"], ["x"], axis=1),
        helper.make_node("MatMul", ["x", "w"], ["xw"]),
        helper.make_node("Add", ["xw", "b"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["churn_score"]),
        helper.make_node("Less", ["churn_score", "half"], ["below"]),
        helper.make_node("Not", ["below"], ["flag_bool"]),
        helper.make_node("Cast", ["flag_bool"], ["churn_flag"], to=TensorProto.INT64),
    ]
    initializers = [
        numpy_helper.from_array(WEIGHTS, "w"),
        numpy_helper.from_array(BIAS, "b"),
        numpy_helper.from_array(np.array([0.5], dtype=np.float32), "half"),
        numpy_helper.from_array(np.array([-1, 3], dtype=np.int64), "plan_shape"),
    ]
    outputs = [
        helper.make_tensor_value_info("churn_score", TensorProto.FLOAT, ["N", 1]),
        helper.make_tensor_value_info("churn_flag", TensorProto.INT64, ["N", 1]),
    ]
    graph = helper.make_graph(nodes, name, inputs, outputs, initializers)
    model = helper.make_model(graph, opset_imports=OPSETS, producer_name="mlgate tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(HERE, name + ".onnx"))


def trees():
    # Tree 0 splits usage at 200 then contacts at 2; tree 1 splits tenure at 12 then usage at 400.
    nodes = dict(
        nodes_treeids=[0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1],
        nodes_nodeids=[0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6],
        nodes_featureids=[0, 1, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0],
        nodes_modes=["BRANCH_LEQ", "BRANCH_LEQ", "BRANCH_LEQ", "LEAF", "LEAF", "LEAF", "LEAF"] * 2,
        nodes_values=[200.0, 2.0, 2.0, 0, 0, 0, 0, 12.0, 400.0, 400.0, 0, 0, 0, 0],
        nodes_truenodeids=[1, 3, 5, 0, 0, 0, 0, 1, 3, 5, 0, 0, 0, 0],
        nodes_falsenodeids=[2, 4, 6, 0, 0, 0, 0, 2, 4, 6, 0, 0, 0, 0],
        target_treeids=[0, 0, 0, 0, 1, 1, 1, 1],
        target_nodeids=[3, 4, 5, 6, 3, 4, 5, 6],
        target_ids=[0] * 8,
        target_weights=[0.35, 0.55, 0.1, 0.3, 0.25, 0.1, 0.05, 0.0],
    )
    node = helper.make_node("TreeEnsembleRegressor", ["features"], ["churn_score"], domain="ai.onnx.ml",
                            n_targets=1, aggregate_function="SUM", post_transform="NONE", **nodes)
    graph = helper.make_graph(
        [node], "churn-trees",
        [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["N", 3])],
        [helper.make_tensor_value_info("churn_score", TensorProto.FLOAT, ["N", 1])])
    model = helper.make_model(graph, opset_imports=OPSETS, producer_name="mlgate tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(HERE, "churn-trees.onnx"))


if __name__ == "__main__":
    os.makedirs(HERE, exist_ok=True)
    logistic()
    logistic(TensorProto.FLOAT16, "churn-half")
    trees()
    with open(os.path.join(HERE, "not-a-model.onnx"), "wb") as f:
        f.write(b"this is a model card written in plain text, not an ONNX protobuf\n")
