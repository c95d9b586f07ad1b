from django.contrib import admin

from sakip.audit.models import AuditLog


@admin.register(AuditLog)
class AuditLogAdmin(admin.ModelAdmin):
    """The audit trail is read-only, even for administrators."""

    list_display = ["waktu", "pengguna", "aksi", "model", "objek"]
    list_filter = ["aksi", "model"]
    search_fields = ["objek", "alasan"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
