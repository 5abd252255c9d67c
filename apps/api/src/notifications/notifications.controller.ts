import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ListNotificationsQuerySchema, type ListNotificationsQuery } from '@linkage/contracts';
import { CurrentUser } from '../auth/auth.decorators.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { IdParams } from '../common/id-params.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query({ schema: ListNotificationsQuerySchema }) { unread }: ListNotificationsQuery,
  ) {
    return this.notifications.list(user, unread);
  }

  @Post('read-all')
  @HttpCode(200)
  markAllRead(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  markRead(@Param({ schema: IdParams }) { id }: IdParams, @CurrentUser() user: AuthenticatedUser) {
    return this.notifications.markRead(user, id);
  }
}
