// Which resource label names "the service" and "the revision" of each monitored resource type,
// shared by the reader (normalize.ts) and the query and Logs Explorer links (src/gcp/query.ts),
// so a link never filters another resource type on a Cloud Run label. Only labels that name a
// service-like scope: resource ids (a firewall rule, a disk) are context, not services.
export const SERVICE_LABEL: Record<string, string> = {
  cloud_run_revision: 'service_name',
  cloud_run_job: 'job_name',
  cloud_function: 'function_name',
  gae_app: 'module_id',
  k8s_container: 'container_name',
  k8s_pod: 'pod_name',
  gce_instance: 'instance_id',
  http_load_balancer: 'backend_service_name',
  cloudsql_database: 'database_id',
  gcs_bucket: 'bucket_name',
  pubsub_topic: 'topic_id',
  pubsub_subscription: 'subscription_id',
  cloud_scheduler_job: 'job_id',
  cloud_tasks_queue: 'queue_id',
  gce_subnetwork: 'subnetwork_name',
  k8s_cluster: 'cluster_name',
  dataflow_step: 'job_name',
  cloud_composer_environment: 'environment_name',
  audited_resource: 'service',
};

export const REVISION_LABEL: Record<string, string> = {
  cloud_run_revision: 'revision_name',
  gae_app: 'version_id',
};
