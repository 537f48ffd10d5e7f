{{/* Namespaced objects have fixed names (clawmanager, clawmanager-config, ...): one installation per namespace. */}}
{{/* Cluster-scoped names carry the namespace so two installations do not collide. */}}
{{- define "clawmanager.clusterName" -}}{{ .Release.Namespace | default "default" }}-clawmanager{{- end -}}

{{- define "clawmanager.instanceRole" -}}{{ include "clawmanager.clusterName" . }}-instance-manager{{- end -}}

{{- define "clawmanager.secretName" -}}
{{- default "clawmanager-secrets" .Values.secrets.existingSecret -}}
{{- end -}}

{{- define "clawmanager.labels" -}}
app.kubernetes.io/name: clawmanager
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: clawmanager
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "clawmanager.selector" -}}
app.kubernetes.io/name: clawmanager
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Hardened container security context shared by every container of the chart. */}}
{{- define "clawmanager.containerSecurity" -}}
allowPrivilegeEscalation: false
privileged: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: ["ALL"]
{{- end -}}
