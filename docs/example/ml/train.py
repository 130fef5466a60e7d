"""The example's training step, in miniature: writes its data, fits the churn model, exports it to ONNX and scores
the test split with it. A real project runs its own training here; mlgate only checks what comes out.

    python3 ml/train.py        (from docs/example, with Debian's python3-sklearn and python3-onnx)

Writes data/train.csv, data/test.csv, data/production.csv, ml/model.onnx, ml/predictions.csv,
ml/production-predictions.csv and ml/baseline-inactivity-rule.csv. Seeded: the same files every time.
"""
import csv
import datetime
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from sklearn.linear_model import LogisticRegression

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLANS = ["basic", "plus", "family"]
COLUMNS = ["customer_id", "signup_date", "plan", "usage_last_30d", "support_contacts_90d", "tenure_months", "churned"]
TODAY = datetime.date(2024, 10, 1)


def subscribers(rng, first_id, n):
    """Subscribers with a churn label drawn from a known process, so a model can learn it but not perfectly."""
    rows = []
    for i in range(n):
        signup = datetime.date(2022, 1, 1) + datetime.timedelta(days=int(rng.integers(0, 1000)))
        tenure = max(1, (TODAY.year - signup.year) * 12 + TODAY.month - signup.month)
        plan = PLANS[rng.choice(3, p=[0.55, 0.27, 0.18])]
        usage = round(max(0.0, rng.normal(300, 120)), 1)
        contacts = int(min(6, rng.poisson(0.9)))
        logit = 3.2 - 0.015 * usage + 0.9 * contacts - 0.035 * tenure + {"basic": 0.15, "plus": 0.0, "family": -0.15}[plan]
        churned = rng.random() < 1 / (1 + np.exp(-logit))
        rows.append([first_id + i, signup.isoformat(), plan, usage, contacts, tenure, "true" if churned else "false"])
    return rows


def features(rows):
    x = np.array([[r[3], r[4], r[5]] + [1.0 if r[2] == p else 0.0 for p in PLANS] for r in rows], dtype=np.float64)
    y = np.array([r[6] == "true" for r in rows])
    return x, y


def export(model, path):
    """The fitted logistic regression as an ONNX graph with one named input per feature, as the scope names them."""
    numeric = ["usage_last_30d", "support_contacts_90d", "tenure_months"]
    inputs = [helper.make_tensor_value_info(n, TensorProto.FLOAT, ["N", 1]) for n in numeric]
    inputs.append(helper.make_tensor_value_info("plan", TensorProto.STRING, ["N", 1]))
    nodes = [
        helper.make_node("OneHotEncoder", ["plan"], ["plan_onehot"], domain="ai.onnx.ml", cats_strings=PLANS, zeros=1),
        helper.make_node("Reshape", ["plan_onehot", "plan_shape"], ["plan_columns"]),
        helper.make_node("Concat", numeric + ["plan_columns"], ["x"], axis=1),
        helper.make_node("MatMul", ["x", "w"], ["xw"]),
        helper.make_node("Add", ["xw", "b"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["churn_score"]),
        helper.make_node("Less", ["churn_score", "half"], ["below"]),
        helper.make_node("Not", ["below"], ["flag"]),
        helper.make_node("Cast", ["flag"], ["churn_flag"], to=TensorProto.INT64),
    ]
    initializers = [
        numpy_helper.from_array(model.coef_.reshape(-1, 1).astype(np.float32), "w"),
        numpy_helper.from_array(model.intercept_.astype(np.float32), "b"),
        numpy_helper.from_array(np.array([0.5], dtype=np.float32), "half"),
        numpy_helper.from_array(np.array([-1, 3], dtype=np.int64), "plan_shape"),
    ]
    outputs = [helper.make_tensor_value_info("churn_score", TensorProto.FLOAT, ["N", 1]),
               helper.make_tensor_value_info("churn_flag", TensorProto.INT64, ["N", 1])]
    graph = helper.make_graph(nodes, "churn", inputs, outputs, initializers)
    onnx_model = helper.make_model(graph, producer_name="docs/example/ml/train.py",
                                   opset_imports=[helper.make_opsetid("", 13), helper.make_opsetid("ai.onnx.ml", 2)])
    onnx_model.ir_version = 8
    onnx.checker.check_model(onnx_model)
    onnx.save(onnx_model, path)


def scores(model, x):
    """The scores as the ONNX graph computes them: in float32, as a serving runtime does."""
    w = model.coef_.reshape(-1, 1).astype(np.float32)
    b = model.intercept_.astype(np.float32)
    logit = x.astype(np.float32) @ w + b
    return (1 / (1 + np.exp(-logit.astype(np.float64)))).ravel()


def write(path, header, rows):
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


def main():
    rng = np.random.default_rng(20241001)
    train = subscribers(rng, 1, 9000)
    test = subscribers(rng, 9001, 3000)
    production = subscribers(rng, 100001, 1500)
    x_train, y_train = features(train)
    model = LogisticRegression(C=1e6, max_iter=10000).fit(x_train, y_train)
    export(model, os.path.join(HERE, "model.onnx"))
    x_test, y_test = features(test)
    s = scores(model, x_test)
    write(os.path.join(ROOT, "data", "train.csv"), COLUMNS, train)
    write(os.path.join(ROOT, "data", "test.csv"), COLUMNS, test)
    write(os.path.join(ROOT, "data", "production.csv"), COLUMNS, production)
    write(os.path.join(HERE, "predictions.csv"), ["customer_id", "label", "prediction", "score", "plan"],
          [[r[0], int(y), int(p >= 0.5), f"{p:.8f}", r[2]] for r, y, p in zip(test, y_test, s)])
    # Last week's production sample, scored by the same model; its labels became known 30 days later.
    x_production, y_production = features(production)
    s_production = scores(model, x_production)
    write(os.path.join(HERE, "production-predictions.csv"), ["customer_id", "label", "prediction", "score", "plan"],
          [[r[0], int(y), int(p >= 0.5), f"{p:.8f}", r[2]] for r, y, p in zip(production, y_production, s_production)])
    # The heuristic it must beat: flag subscribers who barely used the service.
    write(os.path.join(HERE, "baseline-inactivity-rule.csv"), ["customer_id", "label", "prediction", "score", "plan"],
          [[r[0], int(y), int(r[3] < 150), "0.9" if r[3] < 150 else "0.1", r[2]] for r, y in zip(test, y_test)])


if __name__ == "__main__":
    main()
