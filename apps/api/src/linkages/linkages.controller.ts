import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  RecordDeliverySchema,
  type RecordDeliveryInput,
  RecordLinkageEventSchema,
  RecordOrderSchema,
  type RecordOrderInput,
  type RecordLinkageEventInput,
  UpdateLinkageSchema,
  type UpdateLinkageInput,
} from '@linkage/contracts';
import { CurrentUser } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { LinkagesService } from './linkages.service.js';

@ApiTags('linkages')
@Controller('linkages')
export class LinkagesController {
  constructor(private readonly linkages: LinkagesService) {}

  @Get()
  list(@CurrentUser() user: AuthenticatedUser) {
    return this.linkages.list(user);
  }

  @Get(':id')
  get(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.linkages.get(user, id);
  }

  /** A step in the pipeline: a new stage, or a note at the current one. */
  @Post(':id/events')
  record(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: RecordLinkageEventSchema }) body: RecordLinkageEventInput,
  ) {
    return this.linkages.record(user, id, body);
  }

  @Post(':id/orders')
  recordOrder(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: RecordOrderSchema }) body: RecordOrderInput,
  ) {
    return this.linkages.recordOrder(user, id, body);
  }

  /** A delivery and how it went: the supplier's track record, which matching scores. */
  @Post(':id/deliveries')
  recordDelivery(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: RecordDeliverySchema }) body: RecordDeliveryInput,
  ) {
    return this.linkages.recordDelivery(user, id, body);
  }

  @Patch(':id')
  update(
    @Param({ schema: IdParams }) { id }: IdParams,
    @CurrentUser() user: AuthenticatedUser,
    @Body({ schema: UpdateLinkageSchema }) body: UpdateLinkageInput,
  ) {
    return this.linkages.update(user, id, body);
  }
}
