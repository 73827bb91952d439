/** Admin-side types of the claims desk API (re-exported from the shared contracts). */
import type {
  ChangeStatus,
  ConflictDetails,
  CreateClaim,
  DeskActor,
  DeskClaim,
  DeskClaimRef,
  GetClaim,
  LinkKind,
  ListClaims,
  StatusEvent,
  UpdateClaim,
} from '../../../shared/contracts/claims';
import type { ClaimStatus, Side } from '../../../shared/contracts/snapshot';
import type { ExplainerListItem } from './types';

export type { ClaimStatus, ConflictDetails, DeskActor, DeskClaim, DeskClaimRef, ExplainerListItem, LinkKind, Side, StatusEvent };

export type ClaimsQuery = ListClaims.Query;
export type ClaimsPage = ListClaims.Response;
export type ClaimDetail = GetClaim.Response['data'];
export type CreateClaimInput = CreateClaim.Request;
export type UpdateClaimInput = UpdateClaim.Request;
export type ChangeStatusInput = ChangeStatus.Request;
/** The groups of a claim's links, as the desk returns them. */
export type LinkGroup = keyof DeskClaim['links'];

export interface ClaimsApi {
  listClaims(query: ClaimsQuery): Promise<ClaimsPage>;
  getClaim(documentId: string): Promise<ClaimDetail>;
  createClaim(input: CreateClaimInput): Promise<ClaimDetail>;
  updateClaim(documentId: string, input: UpdateClaimInput): Promise<ClaimDetail>;
  changeStatus(documentId: string, input: ChangeStatusInput): Promise<ClaimDetail>;
  markVerified(documentId: string, version: number): Promise<ClaimDetail>;
  link(documentId: string, kind: LinkKind, target: string): Promise<ClaimDetail>;
  unlink(documentId: string, kind: LinkKind, target: string): Promise<ClaimDetail>;
  listActors(search?: string): Promise<DeskActor[]>;
  listExplainers(): Promise<ExplainerListItem[]>;
}
