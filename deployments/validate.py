#!/usr/bin/env python3
"""Checks the deployment manifests without a cluster: YAML syntax, kustomize rendering (kubectl kustomize), and
the security rules the project promises (no wildcard RBAC, no cluster-admin, no Secret values, hardened Pods,
probes, pinned images) and the control plane's two ports (http, gateway) wired alike. The Maven build checks more (module deployments/): DeploymentManifestsTest reads every
manifest with the Kubernetes object model (unknown fields fail), HelmChartTest lints and renders the chart with
Helm itself (helm-java). Here the chart gets a structural check, plus `helm lint`/`helm template` where a helm
binary is installed (it is not packaged for Debian).

    deployments/validate.py        exit status 0 = all good; every problem is printed
"""
import glob
import os
import re
import shutil
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
KUSTOMIZATIONS = ["kubernetes/base", "kubernetes/overlays/k3s", "kubernetes/overlays/production"]
problems = []


def problem(where, what):
    problems.append(f"{where}: {what}")


def parse_all(text, where):
    try:
        return [d for d in yaml.safe_load_all(text) if d is not None]
    except yaml.YAMLError as e:
        problem(where, f"invalid YAML: {e}")
        return []


def check_rbac(doc, where):
    for rule in doc.get("rules", []):
        for field in ("verbs", "resources", "apiGroups"):
            if "*" in rule.get(field, []):
                problem(where, f"wildcard in {field}")
        if "secrets" in rule.get("resources", []) and doc["kind"] == "ClusterRole" \
                and {"list", "watch"} & set(rule.get("verbs", [])):
            problem(where, "may list or watch Secrets")
    ref = doc.get("roleRef", {})
    if ref.get("name") in ("cluster-admin", "admin", "edit"):
        problem(where, f"binds the built-in role {ref['name']}")


def check_pod(spec, where, control_plane):
    pod_sc = spec.get("securityContext", {})
    if pod_sc.get("runAsNonRoot") is not True:
        problem(where, "Pod does not set runAsNonRoot: true")
    if pod_sc.get("seccompProfile", {}).get("type") != "RuntimeDefault":
        problem(where, "Pod has no RuntimeDefault seccomp profile")
    for c in spec.get("containers", []) + spec.get("initContainers", []):
        cw = f"{where} container {c.get('name')}"
        sc = c.get("securityContext", {})
        if sc.get("allowPrivilegeEscalation") is not False:
            problem(cw, "allowPrivilegeEscalation is not false")
        if sc.get("capabilities", {}).get("drop") != ["ALL"]:
            problem(cw, "does not drop ALL capabilities")
        if sc.get("readOnlyRootFilesystem") is not True:
            problem(cw, "root file system is writable")
        res = c.get("resources", {})
        if not res.get("requests") or not res.get("limits", {}).get("memory"):
            problem(cw, "no resource requests or memory limit")
        image = str(c.get("image", ""))
        if image.endswith(":latest") or (":" not in image.split("/")[-1] and "@" not in image):
            problem(cw, f"image {image!r} is not pinned to a version")
        for env in c.get("env", []):
            if re.search(r"(PASSWORD|SECRET|KEY|TOKEN)", env.get("name", "")) and "value" in env:
                problem(cw, f"secret-looking variable {env['name']} has a literal value")
        if control_plane:
            for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                if probe not in c:
                    problem(cw, f"no {probe}")


def check_ports(docs, where):
    """The control plane's ports (http: Liberty; gateway: the data-plane listener, /v1 only) are each a Service port
    and open in the ingress NetworkPolicy; the listener's variable names the gateway port; an Ingress sends /v1 to
    the gateway port and everything else to http."""
    def named(kind, name):
        return next((d for d in docs if d.get("kind") == kind and d["metadata"].get("name") == name), None)
    deployment = named("Deployment", "clawmanager")
    if deployment is None:
        return
    container = next(c for c in deployment["spec"]["template"]["spec"]["containers"] if c["name"] == "clawmanager")
    ports = {p.get("name"): p["containerPort"] for p in container.get("ports", [])}
    if set(ports) != {"http", "gateway"}:
        problem(where, f"control-plane container ports {sorted(ports)}, expected http and gateway")
    service = named("Service", "clawmanager") or {"spec": {}}
    targets = {p.get("targetPort") for p in service["spec"].get("ports", [])}
    policy = named("NetworkPolicy", "clawmanager-ingress")
    opened = {p.get("port") for rule in (policy or {}).get("spec", {}).get("ingress", []) for p in rule.get("ports", [])}
    for name, number in ports.items():
        if name not in targets:
            problem(where, f"Service clawmanager does not target port {name}")
        if policy is not None and number not in opened:
            problem(where, f"NetworkPolicy clawmanager-ingress does not open port {number} ({name})")
    config = (named("ConfigMap", "clawmanager-config") or {}).get("data", {})
    if str(config.get("CLAWMANAGER_GATEWAY_LISTENER_PORT")) != str(ports.get("gateway")):
        problem(where, "CLAWMANAGER_GATEWAY_LISTENER_PORT does not match the gateway container port")
    for ingress in (d for d in docs if d.get("kind") == "Ingress"):
        for rule in ingress["spec"].get("rules", []):
            routes = {p["path"]: p["backend"]["service"]["port"].get("name") for p in rule["http"]["paths"]}
            if routes != {"/v1": "gateway", "/": "http"}:
                problem(where, f"Ingress {ingress['metadata']['name']} routes {routes}, expected /v1 to gateway")


def check_docs(docs, where):
    kinds = {d.get("kind") for d in docs}
    for doc in docs:
        kind = doc.get("kind")
        name = doc.get("metadata", {}).get("name")
        w = f"{where} {kind}/{name}"
        if kind == "Secret":
            problem(w, "manifests must reference Secrets, not define them")
        if kind in ("ClusterRole", "Role", "ClusterRoleBinding", "RoleBinding"):
            check_rbac(doc, w)
        if kind in ("Deployment", "StatefulSet"):
            check_pod(doc["spec"]["template"]["spec"], w, name == "clawmanager")
    check_ports(docs, where)
    if "Deployment" in kinds:
        for needed in ("NetworkPolicy", "PodDisruptionBudget", "ServiceAccount", "ValidatingAdmissionPolicy"):
            if needed not in kinds:
                problem(where, f"no {needed}")


def kubectl(*args):
    return subprocess.run(["kubectl", *args], capture_output=True, text=True, timeout=120)


def main():
    for path in sorted(glob.glob(os.path.join(ROOT, "kubernetes/**/*.yaml"), recursive=True)) + \
            [os.path.join(ROOT, "helm/clawmanager/Chart.yaml"), os.path.join(ROOT, "helm/clawmanager/values.yaml")]:
        with open(path) as f:
            parse_all(f.read(), os.path.relpath(path, ROOT))

    if shutil.which("kubectl"):
        for k in KUSTOMIZATIONS:
            rendered = kubectl("kustomize", os.path.join(ROOT, k))
            if rendered.returncode != 0:
                problem(k, f"kustomize failed: {rendered.stderr.strip()}")
                continue
            docs = parse_all(rendered.stdout, k)
            check_docs(docs, k)
            print(f"{k}: {len(docs)} objects render and pass the policy checks")
    else:
        print("kubectl not installed: kustomize rendering and decoding skipped")

    check_helm()
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def check_helm():
    chart = os.path.join(ROOT, "helm/clawmanager")
    for path in sorted(glob.glob(os.path.join(chart, "templates/*"))):
        with open(path) as f:
            text = f.read()
        where = os.path.relpath(path, ROOT)
        if "{{" in re.sub(r"\{\{.*?\}\}", "", text, flags=re.S):
            problem(where, "a {{ without its }}")
        actions = re.findall(r"\{\{-?\s*(if|with|range|define|end)\b", text)
        opened = sum(1 for a in actions if a != "end")
        if opened != actions.count("end"):
            problem(where, f"{opened} blocks opened, {actions.count('end')} closed")
        if re.search(r"(password|secret|key)\s*:\s*[\"']?[A-Za-z0-9+/=]{12,}", text, re.I) and "rand" not in text:
            problem(where, "looks like a fixed secret value")
    if not shutil.which("helm"):
        print("helm binary not installed: chart checked structurally here, rendered by HelmChartTest in the build")
        return
    for values in ([], ["--set", "bundled.enabled=true"]):
        lint = subprocess.run(["helm", "lint", chart, *values], capture_output=True, text=True)
        if lint.returncode != 0:
            problem("helm lint", lint.stdout + lint.stderr)
        out = subprocess.run(["helm", "template", "cm", chart, "-n", "clawmanager-system", *values],
                             capture_output=True, text=True)
        if out.returncode != 0:
            problem("helm template", out.stderr)
            continue
        docs = [d for d in parse_all(out.stdout, "helm template") if d.get("kind") != "Secret"]
        check_docs(docs, "helm template " + " ".join(values))


if __name__ == "__main__":
    sys.exit(main())
