{{/* Name prefix of every object: the release name, unless it already is the chart's name. */}}
{{- define "pass.fullname" -}}
{{- if eq .Release.Name .Chart.Name -}}{{ .Chart.Name }}{{- else -}}{{ printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" }}{{- end -}}
{{- end -}}

{{- define "pass.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Selector labels of one process (gateway or a subgraph): call with (dict "root" $ "name" $name). */}}
{{- define "pass.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/* care-services → CARE_SERVICES, as envPrefix() in packages/platform/src/config.ts */}}
{{- define "pass.envPrefix" -}}
{{- . | upper | replace "-" "_" -}}
{{- end -}}

{{/* The in-cluster Kafka bootstrap address. */}}
{{- define "pass.kafkaBootstrap" -}}
{{- if .Values.kafka.strimzi.enabled -}}
{{ .Values.kafka.strimzi.clusterName }}-kafka-bootstrap:9092
{{- else -}}
{{ required "kafka.external.bootstrapServers is required when kafka.strimzi.enabled is false" .Values.kafka.external.bootstrapServers }}
{{- end -}}
{{- end -}}

{{/* Settings every process reads (config.ts loadConfig). */}}
{{- define "pass.commonEnv" -}}
- name: NODE_ENV
  value: {{ .Values.environment | quote }}
- name: HOST
  value: 0.0.0.0
{{- /* Every process loads the same configuration: the token settings are checked by all (production fails closed). */}}
- name: AUTH_ISSUER
  value: {{ .Values.auth.issuer | quote }}
- name: AUTH_AUDIENCE
  value: {{ .Values.auth.audience | quote }}
{{- if .Values.auth.jwksUrl }}
- name: AUTH_JWKS_URL
  value: {{ .Values.auth.jwksUrl | quote }}
{{- else }}
- name: AUTH_JWKS_FILE
  value: /etc/pass-graph/auth/jwks.json
{{- end }}
- name: PASS_NAMESPACE
  value: {{ .Values.namespacePrefix | quote }}
- name: LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
- name: KAFKA_BROKERS
  value: {{ include "pass.kafkaBootstrap" . | quote }}
- name: KAFKA_PARTITIONS
  value: {{ .Values.kafka.partitions | quote }}
- name: KAFKA_REPLICATION_FACTOR
  value: {{ .Values.kafka.replicationFactor | quote }}
- name: KAFKA_MIN_INSYNC_REPLICAS
  value: {{ .Values.kafka.minInsyncReplicas | quote }}
- name: PASS_INTERNAL_SECRET
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.name }}, key: PASS_INTERNAL_SECRET }
{{- end -}}

{{/* The pod-level hardening shared by every workload. */}}
{{- define "pass.podSecurity" -}}
automountServiceAccountToken: false
securityContext:
  runAsNonRoot: true
  runAsUser: 1000
  runAsGroup: 1000
  fsGroup: 1000
  seccompProfile: { type: RuntimeDefault }
{{- end -}}

{{- define "pass.containerSecurity" -}}
securityContext:
  allowPrivilegeEscalation: false
  readOnlyRootFilesystem: true
  capabilities: { drop: [ALL] }
{{- end -}}
